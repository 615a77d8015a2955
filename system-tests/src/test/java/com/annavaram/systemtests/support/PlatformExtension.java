package com.annavaram.systemtests.support;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.annavaram.model.alias.AliasViolation;
import com.annavaram.testsupport.AliasChecker;

/**
 * Starts the {@link SystemUnderTest} once for the whole test run (kept in the root store, closed when the run ends),
 * hands it, the logged-in admin API and the shop API to test methods, checks before every test that both services
 * still run, and after every test scans the raw products, orders and reviews for unequal alias pairs.
 */
public final class PlatformExtension
        implements
            BeforeAllCallback,
            BeforeEachCallback,
            AfterEachCallback,
            ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(PlatformExtension.class);
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        system(context).assertServicesRunning();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<AliasViolation> unequal = AliasChecker.scan(system(context).database());
        if (!unequal.isEmpty()) {
            throw new AssertionError("unequal alias pairs after " + context.getDisplayName() + ":\n  "
                    + unequal.stream().map(AliasViolation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SystemUnderTest.class || type == AdminApi.class || type == ShopApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SystemUnderTest system = system(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == AdminApi.class) {
            return system.admin();
        }
        return type == ShopApi.class ? system.shop() : system;
    }

    /** The one platform of the run; a failed start is reported to every class without starting again. */
    static synchronized SystemUnderTest system(ExtensionContext context) {
        if (startFailure != null) {
            throw new IllegalStateException("the platform did not start (see the first failure)", startFailure);
        }
        try {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SystemUnderTest.class,
                    type -> SystemUnderTest.start(), SystemUnderTest.class);
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }
}
