package com.scudo.support;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.analytics.ImportedFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wraps the real analytical store so a test can make it fail part-way: after {@code okWrites}
 * more writes succeed, every further write throws until {@link #heal()}; or every write of one order's
 * purchase fails, as a database that refuses one row would ({@link #failOrder}).
 */
public class FailingAnalyticalStore implements BeanPostProcessor {
    private static final AtomicInteger writesBeforeFailure = new AtomicInteger(Integer.MAX_VALUE);
    private static final AtomicReference<String> failingOrder = new AtomicReference<>();

    public static void failAfter(int okWrites) {
        writesBeforeFailure.set(okWrites);
    }

    /** Every write that includes the purchase of order {@code orderId} fails (with the store's own kind of error). */
    public static void failOrder(String orderId) {
        failingOrder.set(orderId);
    }

    public static void heal() {
        writesBeforeFailure.set(Integer.MAX_VALUE);
        failingOrder.set(null);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AnalyticalFacts real) {
            return new Decorated(real);
        }
        if (bean instanceof ImportedFacts real) {
            return Proxy.newProxyInstance(ImportedFacts.class.getClassLoader(), new Class<?>[] {ImportedFacts.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("upsert") && args[2] instanceof List<?> orders
                                && orders.stream().anyMatch(o -> ((Order) o).id().value().equals(failingOrder.get()))) {
                            throw new DataAccessResourceFailureException("analytical store refused the order (test)");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
        return bean;
    }

    private record Decorated(AnalyticalFacts real) implements AnalyticalFacts {
        private static void maybeFail() {
            if (writesBeforeFailure.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(-1, n - 1)) <= 0) {
                throw new IllegalStateException("analytical store unavailable (test)");
            }
        }

        @Override
        public void upsertCustomer(CustomerProfile profile) {
            maybeFail();
            real.upsertCustomer(profile);
        }

        @Override
        public void upsertOrder(Order order) {
            maybeFail();
            real.upsertOrder(order);
        }

        @Override
        public void upsertInteraction(Interaction interaction) {
            maybeFail();
            real.upsertInteraction(interaction);
        }

        @Override
        public void upsertOrders(List<Order> orders) {
            maybeFail();
            real.upsertOrders(orders);
        }

        @Override
        public void upsertCustomers(List<CustomerProfile> profiles) {
            maybeFail();
            real.upsertCustomers(profiles);
        }

        @Override
        public void removeOrders(com.scudo.shared.WorkspaceId workspace,
                                 java.util.Collection<com.scudo.shared.OrderId> orders) {
            maybeFail();
            real.removeOrders(workspace, orders);
        }

        @Override
        public void upsertAll(List<CustomerProfile> profiles, List<Order> orders, List<Interaction> interactions) {
            maybeFail();
            real.upsertAll(profiles, orders, interactions);
        }
    }
}
