package com.scudo.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Sign-in limits. {@code maxFailedAttempts} wrong passwords in a row lock an account for {@code lockFor};
 * one address may fail {@code maxFailuresPerAddress} times within {@code addressWindow} before it must wait.
 */
@ConfigurationProperties("scudo.security")
record SecuritySettings(Integer maxFailedAttempts, Duration lockFor, Integer maxFailuresPerAddress,
                        Duration addressWindow) {
    SecuritySettings {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 30 : maxFailuresPerAddress;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
    }
}
