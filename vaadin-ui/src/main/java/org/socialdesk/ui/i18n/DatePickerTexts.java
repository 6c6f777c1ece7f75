package org.socialdesk.ui.i18n;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The date picker speaks English whatever the locale; this gives it the session's language. Month and day
 * names come from the JDK, which knows them for every locale, so only the buttons need message keys.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    public static void apply(DatePicker picker) {
        Locale locale = SocialDeskI18NProvider.supported(picker.getLocale());
        picker.setLocale(locale);
        picker.setI18n(of(locale, picker.getTranslation("date-picker.today"),
                picker.getTranslation("date-picker.cancel")));
    }

    static DatePickerI18n of(Locale locale, String today, String cancel) {
        // the picker wants its weekday names from Sunday on
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).toList();
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(day -> capitalised(day.getDisplayName(TextStyle.SHORT, locale), locale)).toList())
                // weeks start on Monday in Russia, whatever language the UI speaks
                .setFirstDayOfWeek(1)
                .setToday(today)
                .setCancel(cancel);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
