package com.scudo.support;

import com.scudo.analytics.AnalyticalFacts;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps the real analytical store so a test can make it fail part-way: after {@code okWrites}
 * more writes succeed, every further write throws until {@link #heal()}.
 */
public class FailingAnalyticalStore implements BeanPostProcessor {
    private static final AtomicInteger writesBeforeFailure = new AtomicInteger(Integer.MAX_VALUE);

    public static void failAfter(int okWrites) {
        writesBeforeFailure.set(okWrites);
    }

    public static void heal() {
        writesBeforeFailure.set(Integer.MAX_VALUE);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AnalyticalFacts real) {
            return new Decorated(real);
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
