package com.annavaram.bench.data;

import java.util.List;

/** The vocabulary of the generated shop: category names, product name parts and the search terms. */
final class Words {

    static final List<String> CATEGORIES = List.of("Classic Sweets", "Dry Fruit Sweets", "Savoury Snacks", "Pickles",
            "Podis and Powders", "Ghee Specials", "Festival Boxes", "Chikki and Bars", "Millet Treats",
            "Sugar-Free Sweets");

    static final List<String> PLACES = List.of("Kakinada", "Atreyapuram", "Bandar", "Guntur", "Tirupati", "Nellore",
            "Vizag", "Godavari", "Rajahmundry", "Tenali", "Home-style", "Royal", "Crispy", "Temple", "Village");

    static final List<String> ITEMS = List.of("Kaja", "Pootharekulu", "Laddu", "Mysore Pak", "Ariselu", "Kova",
            "Halwa", "Jangri", "Murukku", "Chegodilu", "Avakaya", "Gongura", "Karam Podi", "Boondi", "Chikki",
            "Sunnundalu");

    static final List<String> SIZES = List.of("100 g", "250 g", "500 g", "750 g", "1 kg");

    static final List<String> INGREDIENTS = List.of("ghee", "jaggery", "sugar", "cashew", "almond", "sesame", "mango",
            "tamarind", "coconut", "red chilli", "garlic", "lemon", "millet", "peanut", "cardamom", "saffron");

    /** What the search scenario asks for: names, ingredients, a category word and one term that matches nothing. */
    static final List<String> SEARCH_TERMS = List.of("kaja", "laddu", "ghee", "mango", "jaggery", "gongura",
            "cashew", "millet", "pickles", "crispy", "sesame", "halwa", "no such sweet");

    private Words() {
    }
}
