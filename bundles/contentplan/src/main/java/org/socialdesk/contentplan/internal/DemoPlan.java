package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * Fills an empty content plan with a fortnight around today for the demo accounts, so that the calendar and the
 * quotas show something on a first start. Nothing is ever put in the outbox: the days before now are recorded as
 * already published (the rows carry no network post), the days after stay черновик, на согласовании or
 * возвращено, so the publishing engine never calls a network for a demo account. The quota table therefore shows
 * published counts and no forecast. Off with {@code enabled=false} in {@code etc/org.socialdesk.demo.cfg}.
 */
@Component(immediate = true, configurationPid = "org.socialdesk.demo")
public class DemoPlan {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlan.class);
    private static final String EDITOR = "demo-editor";
    private static final String PRESS = "demo-press";

    /** The registry's demo data designates this configuration; the plan only reads the switch. */
    public @interface Config {
        boolean enabled() default true;
    }

    private record Post(OccasionKind occasion, String title, String text) {
    }

    private static final List<Post> GOVERNMENT_POSTS = List.of(
            new Post(OccasionKind.GOVERNOR, "Губернатор в Бийске",
                    "Губернатор сегодня в Бийске: посмотрел, как идёт ремонт моста через Бию, и поговорил со "
                            + "строителями. Обещают открыть движение до конца месяца. Следим!"),
            new Post(OccasionKind.GOVERNMENT, "Заседание Правительства",
                    "Правительство края решило: многодетные семьи получат компенсацию за газ в дом не через "
                            + "полгода, а через месяц. Как подать заявление — рассказываем в карточках."),
            new Post(OccasionKind.GOVERNOR, "Прямая линия Губернатора",
                    "В четверг Губернатор ответит на ваши вопросы в прямом эфире. Пишите в комментариях, что "
                            + "волнует больше всего: дороги, врачи, школы? Самые частые вопросы зададим первыми."),
            new Post(OccasionKind.GOVERNMENT, "Новые автобусы",
                    "В районы едут 40 новых школьных автобусов. Первые 12 уже в Рубцовске, Камне-на-Оби и "
                            + "Славгороде. Дети будут ездить в тепле — зима близко."),
            new Post(OccasionKind.GOVERNOR, "Встреча с фермерами",
                    "Губернатор встретился с фермерами Кулундинской степи. Главная тема — вода для полей. "
                            + "Договорились: проект новой оросительной системы начнём уже весной."),
            new Post(OccasionKind.OTHER, "День матери",
                    "С Днём матери! Спасибо всем мамам Алтайского края за тепло, терпение и заботу. Поделитесь "
                            + "в комментариях фотографией с мамой — соберём самую добрую ленту."));

    private static final List<Post> BODY_POSTS = List.of(
            new Post(OccasionKind.BODY, "Приём граждан",
                    "В пятницу ведём приём граждан. Записаться можно по телефону или прямо здесь, в сообщениях "
                            + "сообщества. Приходите с вопросами — разберёмся вместе."),
            new Post(OccasionKind.BODY, "Итоги недели",
                    "Коротко о неделе: открыли два новых пункта приёма заявлений, ответили на 300 обращений и "
                            + "запустили онлайн-запись. Что улучшить дальше? Пишите!"),
            new Post(OccasionKind.GOVERNMENT, "Решение Правительства",
                    "Правительство края поддержало нашу программу на следующий год. Что изменится для вас — "
                            + "объясняем простыми словами в карточках."),
            new Post(OccasionKind.OTHER, "Полезный совет",
                    "Как получить справку, не выходя из дома? Заходите на Госуслуги, выбирайте услугу и "
                            + "прикладывайте скан паспорта. Готово за три дня."),
            new Post(OccasionKind.BODY, "Выезд в район",
                    "Наши специалисты в эту среду едут в Змеиногорский район. Если есть вопрос, который нужно "
                            + "решить на месте, — напишите нам заранее."));

    private final ExecutorService loading = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "socialdesk-demo-plan"));

    /**
     * Waits for the registry's demo data ({@code socialdesk.demo=registry}): the plan is made for its accounts. The
     * plan is written in one transaction of several seconds, so not on the thread that starts Karaf's bundles.
     */
    @Activate
    public DemoPlan(@Reference Database database, @Reference AuditTrail audit,
            @Reference(service = Object.class, target = "(socialdesk.demo=registry)") Object registryDemo,
            Config config) {
        if (config.enabled()) {
            loading.execute(() -> load(database, audit, Clock.systemUTC()));
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        loading.shutdown();
        loading.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** Fills the plan for the demo accounts if it is empty; returns how many items it created. */
    static int load(Database database, AuditTrail audit, Clock clock) {
        PlanHistory history = new PlanHistory(audit, clock);
        int created = database.write(em -> {
            if (!em.createQuery("SELECT i.id FROM PlanItemEntity i").setMaxResults(1).getResultList().isEmpty()) {
                return 0;
            }
            int count = 0;
            for (Map.Entry<OrganisationEntity, List<AccountEntity>> entry : demoAccounts(em).entrySet()) {
                count += fill(em, history, entry.getKey(), entry.getValue(), clock.instant());
            }
            return count;
        });
        if (created > 0) {
            LOG.info("Loaded {} demo plan items", created);
        }
        return created;
    }

    private static Map<OrganisationEntity, List<AccountEntity>> demoAccounts(EntityManager em) {
        Map<OrganisationEntity, List<AccountEntity>> byOrganisation = new LinkedHashMap<>();
        em.createQuery("SELECT a FROM AccountEntity a WHERE a.demo = TRUE AND a.state = :active "
                + "ORDER BY a.organisationId, a.id", AccountEntity.class)
                .setParameter("active", AccountState.ACTIVE).getResultStream()
                .forEach(a -> byOrganisation.computeIfAbsent(em.find(OrganisationEntity.class, a.getOrganisationId()),
                        o -> new ArrayList<>()).add(a));
        return byOrganisation;
    }

    /** One post a day (two for the Government) from six days ago to six days ahead, at office hours. */
    private static int fill(EntityManager em, PlanHistory history, OrganisationEntity organisation,
            List<AccountEntity> accounts, Instant now) {
        boolean government = organisation.getKind() == OrganisationKind.GOVERNMENT;
        List<Post> posts = government ? GOVERNMENT_POSTS : BODY_POSTS;
        ZoneId zone = ZoneId.of(organisation.getTimeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        int count = 0;
        for (int day = -6; day <= 6; day++) {
            for (int slot = 0; slot < (government ? 2 : 1); slot++) {
                Post post = posts.get(Math.floorMod(day * 2 + slot + organisation.getId().intValue(), posts.size()));
                Instant planned = today.plusDays(day).atTime(LocalTime.of(10 + slot * 6, 0)).atZone(zone).toInstant();
                PlanItemEntity item = item(organisation, post, planned, zone);
                history.move(em, EDITOR, item, PlanItemState.DRAFT, null);
                List<AccountEntity> targets = accounts.subList(0, 1 + Math.floorMod(day + slot, accounts.size()));
                boolean past = planned.isBefore(now);
                for (AccountEntity account : targets) {
                    PublicationEntity row = new PublicationEntity(item.getId(), account.getId(), null,
                            (past ? TargetState.PUBLISHED : TargetState.PENDING).name(),
                            TargetRows.idempotencyKey(item.getId(), account.getId(), 1));
                    if (past) {
                        // a demo post exists on no network: no post id and no address
                        row.setDue(planned);
                        row.setPublished(null, null, planned.plus(Duration.ofMinutes(1)));
                    }
                    em.persist(row);
                }
                if (past) {
                    publish(em, history, item);
                } else {
                    write(em, history, item, Math.floorMod(day + slot, 3));
                }
                count++;
            }
        }
        PlanItemEntity template = new PlanItemEntity();
        template.setOrganisationId(organisation.getId());
        template.setKind(PlanItemKind.REPLY_TEMPLATE);
        template.setFormat(Format.TEXT);
        template.setText("Спасибо, что написали! Мы передали ваш вопрос специалистам и ответим здесь же в "
                + "течение рабочего дня.");
        template.setResponsibleEditor(EDITOR);
        history.move(em, EDITOR, template, PlanItemState.DRAFT, null);
        history.move(em, EDITOR, template, PlanItemState.IN_APPROVAL, null);
        template.setApprovals(1);
        history.move(em, PRESS, template, PlanItemState.APPROVED, null);
        return count + 1;
    }

    private static PlanItemEntity item(OrganisationEntity organisation, Post post, Instant planned, ZoneId zone) {
        PlanItemEntity item = new PlanItemEntity();
        item.setOrganisationId(organisation.getId());
        item.setKind(PlanItemKind.POST);
        item.setOccasionKind(post.occasion());
        item.setOccasionTitle(post.title());
        item.setOccasionAt(planned.atZone(zone).toLocalDateTime().minusHours(1));
        item.setPlannedUtcMillis(planned.toEpochMilli());
        item.setFormat(Format.TEXT);
        item.setText(post.text());
        item.setResponsibleEditor(EDITOR);
        return item;
    }

    private static void publish(EntityManager em, PlanHistory history, PlanItemEntity item) {
        history.move(em, EDITOR, item, PlanItemState.IN_APPROVAL, null);
        item.setApprovals(1);
        item.setRound(1);
        history.move(em, PRESS, item, PlanItemState.APPROVED, null);
        history.move(em, PRESS, item, PlanItemState.SCHEDULED, null);
        history.move(em, "demo-publisher", item, PlanItemState.PUBLISHED, null);
    }

    /** The days ahead show the stages of writing: some drafts, some waiting for approval, some returned. */
    private static void write(EntityManager em, PlanHistory history, PlanItemEntity item, int stage) {
        if (stage == 0) {
            return;
        }
        history.move(em, EDITOR, item, PlanItemState.IN_APPROVAL, null);
        if (stage == 2) {
            String remark = "Давайте начнём с главного для людей, а не с названия мероприятия";
            item.setRemark(remark);
            history.move(em, PRESS, item, PlanItemState.RETURNED, remark);
        }
    }
}
