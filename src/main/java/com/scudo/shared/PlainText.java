package com.scudo.shared;

/**
 * Checks for names and labels people type: no control characters, and no invisible bidirectional controls
 * (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which can make a name read differently on screen
 * than it is stored ("Trojan Source" spoofing, reversed file extensions in exports).
 */
public final class PlainText {
    private PlainText() {
    }

    /** True when the text holds a control character or a bidirectional control. */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(PlainText::hidden);
    }

    private static boolean hidden(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
