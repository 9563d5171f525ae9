package com.scudo.platform;

/**
 * Who is acting, for the audit log: the signed-in principal of a web request, {@code cli:<os user>} for a
 * command run outside a web request, {@code anonymous} for a web request nobody signed in to.
 */
public interface CurrentActor {

    String name();
}
