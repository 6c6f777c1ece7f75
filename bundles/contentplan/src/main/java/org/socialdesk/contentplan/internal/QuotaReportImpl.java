package org.socialdesk.contentplan.internal;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaReport;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.spreadsheet.Xlsx;

/**
 * The quota reports as the Governor's administration reads them: in Russian, a row per account ordered by
 * organisation, network and account; in a workbook the figures are numbers, so that they can be summed in Excel.
 */
@Component(service = QuotaReport.class)
public class QuotaReportImpl implements QuotaReport {

    static final List<String> ACCOUNT_COLUMNS = List.of("Организация", "Аккаунт", "Сеть");
    static final List<String> WEEK_COLUMNS = List.of("Норма", "Опубликовано", "Запланировано", "Статус");
    private static final Map<QuotaStatus, String> STATUS = Map.of(
            QuotaStatus.MET, "норма выполнена",
            QuotaStatus.ON_TRACK, "выполнит по плану",
            QuotaStatus.AT_RISK, "не выполнит норму");

    private final QuotaService quotas;
    private final Database database;

    @Activate
    public QuotaReportImpl(@Reference QuotaService quotas, @Reference Database database) {
        this.quotas = quotas;
        this.database = database;
    }

    @Override
    public byte[] week(Caller caller, Long organisationId, IsoWeek week, Format format) {
        return file(format, "Квоты " + week, List.of(week), caller, organisationId);
    }

    @Override
    public byte[] month(Caller caller, Long organisationId, YearMonth month, Format format) {
        return file(format, "Квоты " + month, weeks(month), caller, organisationId);
    }

    /** The ISO weeks whose Thursday falls in the month, as ISO 8601 assigns a week to a month. */
    static List<IsoWeek> weeks(YearMonth month) {
        IsoWeek week = IsoWeek.of(month.atDay(1));
        if (!YearMonth.from(week.monday().with(DayOfWeek.THURSDAY)).equals(month)) {
            week = week.next();
        }
        List<IsoWeek> weeks = new ArrayList<>();
        for (; YearMonth.from(week.monday().with(DayOfWeek.THURSDAY)).equals(month); week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }

    private byte[] file(Format format, String title, List<IsoWeek> weeks, Caller caller, Long organisationId) {
        // an account appears in the weeks it was active; the others of its row stay empty
        Map<Long, Map<IsoWeek, AccountQuota>> byAccount = new HashMap<>();
        for (IsoWeek week : weeks) {
            for (AccountQuota quota : quotas.week(caller, organisationId, week)) {
                byAccount.computeIfAbsent(quota.accountId(), id -> new LinkedHashMap<>()).put(week, quota);
            }
        }
        Map<Long, String> names = organisationNames();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header(weeks));
        byAccount.values().stream().sorted(Comparator.comparing((Map<IsoWeek, AccountQuota> account) ->
                names.getOrDefault(any(account.values()).organisationId(), ""))
                .thenComparing(account -> any(account.values()).network())
                .thenComparing(account -> any(account.values()).accountTitle()))
                .forEach(account -> rows.add(row(account, weeks, names)));
        return format == Format.PDF ? QuotaPdf.write("Исполнение норм публикаций (д.6): " + title, rows)
                : Xlsx.write(title, rows);
    }

    private static List<Object> header(List<IsoWeek> weeks) {
        List<Object> header = new ArrayList<>(ACCOUNT_COLUMNS);
        for (IsoWeek week : weeks) {
            for (String column : WEEK_COLUMNS) {
                header.add(weeks.size() == 1 ? column : column + " " + week);
            }
        }
        return header;
    }

    private static List<Object> row(Map<IsoWeek, AccountQuota> account, List<IsoWeek> weeks,
            Map<Long, String> names) {
        AccountQuota first = any(account.values());
        List<Object> row = new ArrayList<>(List.of(names.getOrDefault(first.organisationId(),
                String.valueOf(first.organisationId())), first.accountTitle(), first.network()));
        for (IsoWeek week : weeks) {
            AccountQuota quota = account.get(week);
            if (quota == null) {
                WEEK_COLUMNS.forEach(column -> row.add(null));
            } else {
                row.addAll(List.of(quota.required(), quota.published(), quota.planned(),
                        STATUS.get(quota.status())));
            }
        }
        return row;
    }

    private static AccountQuota any(Collection<AccountQuota> quotas) {
        return quotas.iterator().next();
    }

    private Map<Long, String> organisationNames() {
        return database.read(em -> {
            Map<Long, String> names = new HashMap<>();
            em.createQuery("SELECT o FROM OrganisationEntity o", OrganisationEntity.class).getResultList()
                    .forEach(organisation -> names.put(organisation.getId(), organisation.getName()));
            return names;
        });
    }
}
