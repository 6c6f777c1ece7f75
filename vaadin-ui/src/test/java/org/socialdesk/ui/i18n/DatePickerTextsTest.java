package org.socialdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatePickerTextsTest {

    @Test
    void russianNamesWithWeeksFromMonday() {
        DatePickerI18n texts = DatePickerTexts.of(SocialDeskI18NProvider.RUSSIAN, "Сегодня", "Отмена");
        assertEquals("Январь", texts.getMonthNames().get(0));
        assertEquals("воскресенье", texts.getWeekdays().get(0));
        assertEquals("Пн", texts.getWeekdaysShort().get(1));
        assertEquals(1, texts.getFirstDayOfWeek());
        assertEquals("Сегодня", texts.getToday());
    }

    @Test
    void englishNames() {
        DatePickerI18n texts = DatePickerTexts.of(Locale.ENGLISH, "Today", "Cancel");
        assertEquals("December", texts.getMonthNames().get(11));
        assertEquals("Sun", texts.getWeekdaysShort().get(0));
    }
}
