package com.scudo.identity;

/**
 * Why two customers may be one person. The exact rules may merge without review where the workspace allows it;
 * the fuzzy ones only ever suggest.
 */
public enum MatchRule {
    EMAIL("email", true),
    PHONE("phone", true),
    EXTERNAL_ID("external-id", true),
    NAME_ADDRESS("name+address", false),
    NAME_PHONE("name+phone", false),
    NAME_EMAIL_USER("name+email-user", false),
    MANUAL("manual", false);

    private final String code;
    private final boolean exact;

    MatchRule(String code, boolean exact) {
        this.code = code;
        this.exact = exact;
    }

    public String code() {
        return code;
    }

    public boolean exact() {
        return exact;
    }

    public static MatchRule ofCode(String code) {
        for (MatchRule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown match rule " + code);
    }
}
