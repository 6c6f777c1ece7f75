package org.socialdesk.contentplan.internal.publishing;

import java.lang.annotation.Annotation;
import org.socialdesk.connector.vk.internal.VkConfig;
import org.socialdesk.connector.vk.internal.VkConnector;

/**
 * The real VK connector, configured as its bundle would be, but pointed at a fake VK server with the rate limits
 * lifted (the fake does not enforce them unless asked) and every one of its posts searched for a lost publication.
 */
final class FakeVkConnector {

    private FakeVkConnector() {
    }

    static VkConnector at(String baseUrl) {
        return new VkConnector(new VkConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return VkConfig.class;
            }

            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public double userTokenRequestsPerSecond() {
                return 10_000;
            }

            @Override
            public double communityTokenRequestsPerSecond() {
                return 10_000;
            }

            @Override
            public int requestTimeoutSeconds() {
                return 10;
            }

            @Override
            public int watchedPosts() {
                return 100;
            }

            @Override
            public int commentsPerPage() {
                return 100;
            }
        });
    }
}
