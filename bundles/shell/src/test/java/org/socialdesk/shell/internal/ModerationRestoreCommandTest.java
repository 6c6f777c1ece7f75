package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ActionOutcome.Result;
import org.socialdesk.core.moderation.ModerationQueue;

class ModerationRestoreCommandTest {

    private final List<List<Long>> asked = new ArrayList<>();

    @Test
    void restoresTheCommentsAsTheSystem() {
        new ModerationRestoreCommand(queue(List.of(new ActionOutcome(7, Result.DONE, "Restored on the network"))),
                List.of(7L)).execute();

        assertEquals(List.of(List.of(7L)), asked);
    }

    @Test
    void failsWhenACommentWasNotRestored() {
        ModerationRestoreCommand command = new ModerationRestoreCommand(queue(List.of(
                new ActionOutcome(7, Result.DONE, "Restored on the network"),
                new ActionOutcome(8, Result.FAILED, "Odnoklassniki offers no API to restore a deleted comment"))),
                List.of(7L, 8L));

        IllegalStateException failed = assertThrows(IllegalStateException.class, command::execute);
        assertEquals("1 of 2 comments were not restored", failed.getMessage());
    }

    private ModerationQueue queue(List<ActionOutcome> outcomes) {
        return (ModerationQueue) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ModerationQueue.class}, (proxy, method, args) -> {
                    if (method.getName().equals("restore")) {
                        @SuppressWarnings("unchecked")
                        List<Long> ids = (List<Long>) args[1];
                        asked.add(ids);
                        return outcomes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
