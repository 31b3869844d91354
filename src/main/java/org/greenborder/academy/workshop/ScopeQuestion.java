package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lettered question a breakout group discusses, with the notes taken on it during the session. */
@Entity
@Table(name = "scope_question")
public class ScopeQuestion {

    public static final int LETTER_MAX = 4;
    public static final int QUESTION_MAX = 1000;
    public static final int NOTES_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Size(max = LETTER_MAX)
    @Column(nullable = false, length = LETTER_MAX)
    private String letter;

    @NotBlank
    @Size(max = QUESTION_MAX)
    @Column(name = "question", nullable = false, length = QUESTION_MAX)
    private String text;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    public ScopeQuestion() {
    }

    public ScopeQuestion(String letter, String text) {
        this.letter = letter;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
