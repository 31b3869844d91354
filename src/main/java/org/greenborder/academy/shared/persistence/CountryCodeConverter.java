package org.greenborder.academy.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.greenborder.academy.shared.CountryCode;

@Converter(autoApply = true)
public class CountryCodeConverter implements AttributeConverter<CountryCode, String> {

    @Override
    public String convertToDatabaseColumn(CountryCode attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public CountryCode convertToEntityAttribute(String dbData) {
        return dbData == null || dbData.isBlank() ? null : CountryCode.of(dbData);
    }
}
