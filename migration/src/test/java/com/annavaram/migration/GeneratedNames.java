package com.annavaram.migration;

import java.util.Locale;
import java.util.Random;

/** Product names for generated data: unique by index, and the variants another back end would have typed. */
final class GeneratedNames {

    private static final String[] FLAVOURS = {"Mango", "Lemon", "Gongura", "Tomato", "Garlic", "Ginger", "Coconut",
            "Sesame", "Peanut", "Cashew", "Badam", "Jaggery", "Chilli", "Curry Leaf", "Tamarind", "Amla"};
    private static final String[] ITEMS = {"Pickle", "Podi", "Laddu", "Chikki", "Murukku", "Halwa", "Kaja",
            "Pootharekulu", "Ariselu", "Boondi", "Mixture", "Thokku", "Avakaya", "Sunnundalu", "Kajjikayalu"};

    private GeneratedNames() {
    }

    static String flavour(int index) {
        return FLAVOURS[index % FLAVOURS.length];
    }

    static String name(int index) {
        return FLAVOURS[index % FLAVOURS.length] + " " + ITEMS[(index / FLAVOURS.length) % ITEMS.length] + " "
                + index;
    }

    /** The same name as a different back end or person would have typed it. */
    static String variant(String name, Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> "  " + name.replace(" ", "  ") + " ";
            case 2 -> name.replace(" ", "-") + "!";
            case 3 -> name.toLowerCase(Locale.ROOT);
            case 4 -> fullWidth(name);
            case 5 -> name.replace("&", "and");
            default -> name.replace(" ", "_") + ".";
        };
    }

    private static String fullWidth(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                ? (char) (c - 'A' + 'Ａ')
                : (char) c));
        return out.toString();
    }

    static String teluguNumber(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append((char) ('౦' + (c - '0')));
        }
        return out.toString();
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
