package org.greenborder.academy.scenario;

/** ISO 6346 container numbers: owner code, category, serial number and the check digit computed from them. */
public final class ContainerNumber {

    private ContainerNumber() {
    }

    /** The check digit of the first ten characters (e.g. "CSQU305438" gives 3). */
    public static int checkDigit(String firstTen) {
        if (!firstTen.matches("[A-Z]{3}[UJZ][0-9]{6}")) {
            throw new IllegalArgumentException("not the first ten characters of a container number: " + firstTen);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += value(firstTen.charAt(i)) * (1 << i);
        }
        return sum % 11 % 10;
    }

    /** Whether an eleven-character number has the right check digit. */
    public static boolean isValid(String number) {
        String compact = number.replaceAll("[\\s-]", "");
        return compact.matches("[A-Z]{3}[UJZ][0-9]{7}") && checkDigit(compact.substring(0, 10)) == compact.charAt(10) - '0';
    }

    /** Letters count from A = 10, skipping multiples of 11 (so B = 12, L = 23, V = 34). */
    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10;
        for (char letter = 'A'; letter < c; letter++) {
            value++;
            if (value % 11 == 0) {
                value++;
            }
        }
        return value;
    }
}
