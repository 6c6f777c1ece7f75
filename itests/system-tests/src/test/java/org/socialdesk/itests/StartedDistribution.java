package org.socialdesk.itests;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one SocialDesk distribution for all test classes that ask for a {@link RunningDistribution} and stops it
 * when the test run ends, so that the minute a start costs is paid once.
 */
final class StartedDistribution implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StartedDistribution.class);

    private record Started(RunningDistribution distribution) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            distribution.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningDistribution.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> {
            try {
                RunningDistribution started = RunningDistribution.start(
                        Path.of("target", "distribution-test").toAbsolutePath());
                Measurements.record("cold start to first HTTP 200", started.firstHttp200.toMillis() + " ms");
                Measurements.record("cold start to boot finished and login service ready", started.readyForLogin.toMillis() + " ms");
                return new Started(started);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start SocialDesk", e);
            }
        }, Started.class).distribution();
    }
}
