package cn.perftarget.domain.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Test helpers for texts: the data a message quotes (its arguments that are neither texts nor named values, however
 * deep), and what is left of a rendered text once that data is taken out.
 */
public final class MessageData {

    public static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    public static final Pattern MISSING_KEY = Pattern.compile("![a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.]+");
    public static final MessageBundles DOMAIN = MessageBundles.domain();

    private MessageData() {}

    /** The data the message quotes, at any depth: strings and numbers, not texts or named values. */
    public static List<String> data(Message message) {
        List<String> out = new ArrayList<>();
        message.args().forEach(a -> collect(a, out));
        return out;
    }

    private static void collect(Object arg, List<String> out) {
        if (arg instanceof Message m) {
            m.args().forEach(a -> collect(a, out));
        } else if (arg instanceof List<?> list) {
            list.forEach(a -> collect(a, out));
        } else if (!(arg instanceof Labelled)) {
            out.add(String.valueOf(arg));
        }
    }

    /** Every key of the message and of the texts it quotes. */
    public static Set<String> keys(Message message) {
        Set<String> out = new TreeSet<>();
        keys(message, out);
        return out;
    }

    private static void keys(Object arg, Set<String> out) {
        if (arg instanceof Message m) {
            out.add(m.key());
            m.args().forEach(a -> keys(a, out));
        } else if (arg instanceof Labelled l) {
            out.add(l.labelKey());
        } else if (arg instanceof List<?> list) {
            list.forEach(a -> keys(a, out));
        }
    }

    /** The message in English with the data it quotes taken out (longest first). */
    public static String englishWithoutData(Message message) {
        String text = DOMAIN.render(message, MessageBundles.ENGLISH);
        List<String> data = new ArrayList<>(data(message));
        data.sort(Comparator.comparingInt(String::length).reversed());
        for (String d : data) {
            if (!d.isEmpty()) {
                text = text.replace(d, "");
            }
        }
        return text;
    }

    public static boolean hasHan(String s) {
        return HAN.matcher(s).find();
    }
}
