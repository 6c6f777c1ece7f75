package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.Format;

class PublishNowCommandTest {

    private static final PlanTarget WAITING = PlanTarget.of(3, null);

    @Test
    void waitsUntilEveryPostIsOut() throws Exception {
        PlanTarget published = new PlanTarget(3, null, TargetState.PUBLISHED, "17",
                "https://vk.com/wall-218305117_17", Instant.now(), null);
        List<String> calls = new ArrayList<>();
        ContentPlanService plan = plan(calls, List.of(item(WAITING), item(WAITING), item(published)));

        new PublishNowCommand(plan, 42, 10).execute();

        assertEquals(List.of("publishNow 42", "find 42", "find 42", "find 42"), calls);
    }

    @Test
    void failsWhenAPostNeedsAPerson() {
        PlanTarget stopped = new PlanTarget(3, null, TargetState.NEEDS_PERSON, null, null, null,
                "The network rejected the post");
        ContentPlanService plan = plan(new ArrayList<>(), List.of(item(WAITING), item(stopped)));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new PublishNowCommand(plan, 42, 10).execute());

        assertEquals("plan item 42 is not published: 0 of 1 posts out", failure.getMessage());
    }

    @Test
    void failsWhenThePostsAreNotOutInTime() {
        ContentPlanService plan = plan(new ArrayList<>(), List.of(item(WAITING)));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new PublishNowCommand(plan, 42, 0).execute());

        assertEquals("plan item 42 is not published: 0 of 1 posts out after 0 s", failure.getMessage());
    }

    private static PlanItem item(PlanTarget target) {
        return new PlanItem(42L, 1, 1, PlanItemKind.POST, null, Instant.now(), Format.TEXT, "Текст",
                List.of(target), List.of(), null, null, "editor", PlanItemState.SCHEDULED, null, 1);
    }

    /** Answers {@code find} with the given items in turn, the last one from then on. */
    private static ContentPlanService plan(List<String> calls, List<PlanItem> answers) {
        Iterator<PlanItem> next = answers.iterator();
        PlanItem[] last = {null};
        return (ContentPlanService) Proxy.newProxyInstance(PublishNowCommandTest.class.getClassLoader(),
                new Class<?>[] {ContentPlanService.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[1]);
                    if (method.getName().equals("find") && next.hasNext()) {
                        last[0] = next.next();
                    }
                    return last[0];
                });
    }
}
