package com.scudo;

import com.scudo.cli.ScudoCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Scudo Customer 360: the server and the command line share this entry and all of the code. */
@SpringBootApplication
public class ScudoApplication {

    public static void main(String[] args) {
        ScudoCli.main(args);
    }
}
