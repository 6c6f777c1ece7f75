package org.socialdesk.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.TransientFailure;

/**
 * The contract fails connectors with the mistakes it exists to catch. Each nested contract runs one deliberately
 * broken connector through the whole kit (surefire skips nested classes; the engine test kit runs them here).
 */
class ContractCatchesBrokenConnectorsTest {

    /** Ignores the idempotency key, as a connector that forgot VK's guid would. */
    static class PostsTwiceOnRetry extends ConnectorContract {
        @Override
        protected ConnectorFixture openFixture() {
            InMemoryNetwork network = new InMemoryNetwork();
            return new InMemoryFixture(network, new InMemoryConnector(network, InMemoryFixture.COMMENTS_PER_PAGE) {
                @Override
                public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication p)
                        throws ConnectorException {
                    return super.publish(account, credentials, new Publication(UUID.randomUUID().toString(),
                            p.format(), p.text(), p.media(), p.poll(), p.publishAt()));
                }
            });
        }
    }

    /** Moves its cursor one comment too far. */
    static class SkipsAComment extends ConnectorContract {
        @Override
        protected ConnectorFixture openFixture() {
            InMemoryNetwork network = new InMemoryNetwork();
            return new InMemoryFixture(network, new InMemoryConnector(network, InMemoryFixture.COMMENTS_PER_PAGE) {
                @Override
                public CommentPage readComments(NetworkAccount account, Credentials credentials, String cursor)
                        throws ConnectorException {
                    CommentPage page = super.readComments(account, credentials, cursor);
                    return page.comments().isEmpty() ? page
                            : new CommentPage(page.comments(), String.valueOf(Long.parseLong(page.nextCursor()) + 1));
                }
            });
        }
    }

    /** Hides a captcha behind a retryable failure, so that the core would loop on it. */
    static class RetriesCaptcha extends ConnectorContract {
        @Override
        protected ConnectorFixture openFixture() {
            InMemoryNetwork network = new InMemoryNetwork();
            return new InMemoryFixture(network, new InMemoryConnector(network, InMemoryFixture.COMMENTS_PER_PAGE) {
                @Override
                public PublishedPost publish(NetworkAccount account, Credentials credentials, Publication p)
                        throws ConnectorException {
                    try {
                        return super.publish(account, credentials, p);
                    } catch (CaptchaRequired captcha) {
                        throw new TransientFailure("try again");
                    }
                }
            });
        }
    }

    /** Announces that it restores deleted comments but keeps the SPI's default, which refuses to. */
    static class AnnouncesARestoreItCannotDo extends ConnectorContract {
        @Override
        protected ConnectorFixture openFixture() {
            InMemoryNetwork network = new InMemoryNetwork();
            return new InMemoryFixture(network, new InMemoryConnector(network, InMemoryFixture.COMMENTS_PER_PAGE) {
                @Override
                public ConnectorDescription description() {
                    ConnectorDescription honest = super.description();
                    Set<ModerationAction> claimed = EnumSet.copyOf(honest.actions());
                    claimed.add(ModerationAction.RESTORE_COMMENT);
                    return new ConnectorDescription(honest.id(), honest.displayName(), honest.formats(), claimed,
                            honest.nativeScheduling(), honest.limits());
                }
            });
        }
    }

    @Test
    void repeatedPostsFailTheIdempotencyTests() {
        assertEquals(Set.of("repeatingAPublishPostsOnce", "aPublishWhoseAnswerWasLostIsFoundAndNotRepeated"),
                failedTests(PostsTwiceOnRetry.class));
    }

    @Test
    void skippedCommentsFailTheCursorTests() {
        assertEquals(Set.of("pagesNeitherSkipNorRepeat", "commentsArrivingBetweenReadsAreReadExactlyOnce"),
                failedTests(SkipsAComment.class));
    }

    @Test
    void aCaptchaDisguisedAsTransientFailsTheFaultTest() {
        assertEquals(Set.of("everyFaultIsSurfacedAsItsType"), failedTests(RetriesCaptcha.class));
    }

    @Test
    void anAnnouncedActionThatIsRefusedFailsTheModerationTest() {
        assertEquals(Set.of("everyActionWorksOrIsReportedUnsupported"), failedTests(AnnouncesARestoreItCannotDo.class));
    }

    private static Set<String> failedTests(Class<? extends ConnectorContract> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents()
                .failed().stream()
                .map(event -> event.getTestDescriptor().getSource().orElseThrow())
                .map(source -> ((MethodSource) source).getMethodName())
                .collect(Collectors.toSet());
    }
}
