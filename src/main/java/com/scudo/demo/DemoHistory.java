package com.scudo.demo;

import com.scudo.ingest.CustomerCommand;
import com.scudo.ingest.InteractionCommand;
import com.scudo.ingest.OrderCommand;

import java.util.List;

/** One demo customer's whole history, as the ingest commands that record it. */
record DemoHistory(CustomerCommand customer, List<OrderCommand> orders, List<InteractionCommand> interactions) {
}
