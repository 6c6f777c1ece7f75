package org.socialdesk.moderation.classifier.internal;

import java.time.Duration;

import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.Message;
import org.socialdesk.moderation.classifier.RecentTexts;

/**
 * Spam evidence that is not a word: links, phone numbers, mentions, money amounts, Russian words disguised with
 * Latin or other look-alike letters (a filter-evasion trick ordinary people do not use), and what is known of
 * the author. A link or a phone number alone stays below the firing line, since people share both; spam fires
 * when such signals and spam words add up. Several disguised words, or one text from several authors, are
 * enough on their own.
 */
final class SpamSignals {

    /** Accounts younger than this that post links are a classic spam pattern. */
    private static final Duration NEW_ACCOUNT = Duration.ofDays(7);

    private static final double LINK = 0.5;
    private static final double MANY_LINKS = 0.4;
    private static final double PHONE = 0.6;
    private static final double MENTION = 0.3;
    private static final double HASHTAGS = 0.4;
    private static final double MONEY = 0.3;
    private static final double ONE_DISGUISED_WORD = 0.4;
    private static final double DISGUISED_WORDS = 1.2;
    private static final double NEW_ACCOUNT_LINK = 0.6;
    private static final double SAME_TEXT_OTHER_AUTHORS = 1.2;
    private static final double SAME_TEXT_AGAIN = 1.0;

    private SpamSignals() {
    }

    static void collect(WordScan scan, Message message, RecentTexts.Repetition repetition, Scorecard card) {
        if (scan.links > 0) {
            card.add(Category.SPAM, LINK, "ссылка «" + shorten(scan.firstLink) + "»");
            if (scan.links >= 3) {
                card.add(Category.SPAM, MANY_LINKS, "ссылок: " + scan.links);
            }
            Duration age = message.authorAccountAge();
            if (age != null && age.compareTo(NEW_ACCOUNT) < 0) {
                card.add(Category.SPAM, NEW_ACCOUNT_LINK,
                        "ссылка от аккаунта младше " + NEW_ACCOUNT.toDays() + " дней");
            }
        }
        if (scan.phones > 0) {
            card.add(Category.SPAM, PHONE, "номер телефона");
        }
        if (scan.mentions > 0) {
            card.add(Category.SPAM, MENTION, "упоминание аккаунта через @");
        }
        if (scan.hashtags >= 3) {
            card.add(Category.SPAM, HASHTAGS, "хэштегов: " + scan.hashtags);
        }
        if (scan.moneyAmounts > 0) {
            card.add(Category.SPAM, MONEY, "денежная сумма");
        }
        int disguised = scan.mixedScriptWords + scan.lookalikeWords;
        if (disguised >= 2) {
            card.add(Category.SPAM, DISGUISED_WORDS, "слов с подменёнными буквами: " + disguised);
        } else if (disguised == 1) {
            card.add(Category.SPAM, ONE_DISGUISED_WORD, "слово с подменёнными буквами");
        }
        if (repetition.otherAuthors() >= 2) {
            card.add(Category.SPAM, SAME_TEXT_OTHER_AUTHORS,
                    "тот же текст от других авторов: " + repetition.otherAuthors());
        } else if (repetition.times() >= 3) {
            card.add(Category.SPAM, SAME_TEXT_AGAIN, "тот же текст уже был " + repetition.times() + " раз");
        }
    }

    private static String shorten(String link) {
        return link.length() <= 60 ? link : link.substring(0, 57) + "…";
    }
}
