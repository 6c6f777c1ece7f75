package org.socialdesk.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import org.ops4j.pax.exam.Option;
import org.socialdesk.connector.vk.fake.FakeVk;

/**
 * The fake VK for {@link PublishingAndModerationTest}, started in Pax Exam's driver JVM, where it lives until the
 * driver ends. A class of its own so that the test class, which also runs inside the container, never refers to
 * the fake's classes there.
 */
final class FakeVkInDriver {

    static final String OBSCENE_COMMENT = "Да идите вы все нахуй со своими отчётами";

    private static FakeVk vk;

    private FakeVkInDriver() {
    }

    /** Starts the fake with one post and one obscene comment, and points the container's VK connector at it. */
    static synchronized Option[] options() throws IOException {
        if (vk == null) {
            vk = FakeVk.start();
        }
        long post = vk.community().addPost("Пост, под которым пишут комментарии");
        long comment = vk.community().addComment(post, OBSCENE_COMMENT);
        return new Option[] {
            editConfigurationFilePut("etc/org.socialdesk.connector.vk.cfg", "baseUrl", vk.baseUrl()),
            editConfigurationFilePut("etc/org.socialdesk.moderation.cfg", "pollSeconds", "2"),
            systemProperty("fakevk.baseUrl").value(vk.baseUrl()),
            systemProperty("fakevk.group").value(String.valueOf(vk.community().groupId())),
            systemProperty("fakevk.userToken").value(vk.userToken()),
            systemProperty("fakevk.communityToken").value(vk.communityToken()),
            systemProperty("fakevk.comment").value(String.valueOf(comment)),
        };
    }
}
