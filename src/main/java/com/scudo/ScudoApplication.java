package com.scudo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ScudoApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(ScudoApplication.class, args);
    }
}
