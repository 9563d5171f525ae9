package com.scudo.cli;

import com.scudo.platform.Installation;
import org.springframework.context.ApplicationContext;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the gateway: the server when it shows this installation's id (from the data directory, or
 * SCUDO_INSTALLATION_ID for a server elsewhere), the stores opened here when nothing answers. A server named with
 * --server or SCUDO_SERVER that is not this installation's is refused: no key or password is sent to it. Whatever
 * else answers on the default address is passed by, with a note, and the stores are opened here (a server on this
 * data directory would have shown its id).
 */
final class Gateways {
    private Gateways() {
    }

    record LocalContext(ApplicationContext context, AutoCloseable closer) {
    }

    /** How the stores are opened here when no server runs; tests point it at their own application. */
    static Function<List<String>, LocalContext> localStores = args -> {
        var context = LocalStores.open(args);
        return new LocalContext(context, context::close);
    };

    static Gateway open(ServerOptions options, List<String> springArguments, PrintWriter notes) {
        Path dataDir = Installation.dataDir(springArguments);
        String expected = Optional.ofNullable(System.getenv("SCUDO_INSTALLATION_ID")).filter(id -> !id.isBlank())
                .or(() -> Installation.read(dataDir, Installation.ID_FILE)).orElse(null);
        String named = options.namedServer();
        String base = named != null ? named : ServerOptions.DEFAULT_SERVER;
        String apiKey = options.apiKey();
        ServerConnection server = new ServerConnection(base, options.workspace, apiKey,
                Installation.read(dataDir, Installation.ADMIN_TOKEN_FILE).orElse(null));
        ServerConnection.Answer answer = server.identify();
        if (answer.listening() && expected != null && expected.equals(answer.installationId())) {
            return new HttpGateway(server, options.workspace, apiKey != null);
        }
        if (answer.listening()) {
            String why = answer.installationId() == null ? "it does not answer as a Scudo server"
                    : "it is the Scudo server of another data directory (installation " + answer.installationId() + ")";
            if (named != null) {
                throw new Gateway.Failure("Refusing to talk to " + base + ": " + why + ", not of " + dataDir
                        + (expected == null ? " (which has no installation id yet)" : "") + ". Point --server at this "
                        + "installation's server, or set SCUDO_INSTALLATION_ID to the id it shows at /api/v1/installation.");
            }
            notes.println("Note: " + base + " answers, but " + why + "; opening the stores in " + dataDir + " here.");
            notes.flush();
        }
        return new InProcessGateway(localStores.apply(springArguments), options.workspace);
    }
}
