/**
 * Command line: the subcommands (serve, import, export, analyze, ask, demo-data and the rest) over the same
 * code as the server. A command talks to a running server through its API, or opens the embedded stores
 * itself when none runs. Owns no table; may use every module's public surface, and no module uses it.
 */
@ApplicationModule(displayName = "Command line")
package com.scudo.cli;

import org.springframework.modulith.ApplicationModule;
