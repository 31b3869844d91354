package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.greenborder.academy.shared.CountryCode;

/** An organisation that organises, partners in, sends people to or owns outcomes of workshops; reused across events. */
@Entity
public class Organisation {

    public static final int NAME_MAX = 160;
    public static final int ACRONYM_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Size(max = ACRONYM_MAX)
    @Column(length = ACRONYM_MAX)
    private String acronym;

    @Column(name = "country_code", length = 2)
    private CountryCode country;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String acronym, CountryCode country) {
        this.name = name;
        this.acronym = acronym;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    public long getVersion() {
        return version;
    }

    /** The acronym where there is one ("UNEP OzonAction CAP"), else the name. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
