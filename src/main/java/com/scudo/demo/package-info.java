/**
 * Demo data: the brief's ten personas and a seeded generator of more customers, written through the ingest path
 * (or in bulk for benchmark sizes) and analysed once loaded. Owns no table.
 */
@ApplicationModule(displayName = "Demo data")
package com.scudo.demo;

import org.springframework.modulith.ApplicationModule;
