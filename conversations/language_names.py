"""The languages' names in English, as staff pages and the callers' chat show them."""

LANGUAGE_NAMES: dict[str, str] = {
    "bn": "Bengali",
    "en": "English",
    "es": "Spanish",
    "hi": "Hindi",
    "id": "Bahasa Indonesia",
    "ja": "Japanese",
    "km": "Khmer",
    "kn": "Kannada",
    "ko": "Korean",
    "mr": "Marathi",
    "ms": "Malay",
    "my": "Burmese",
    "ne": "Nepali",
    "pt": "Portuguese",
    "ta": "Tamil",
    "th": "Thai",
    "tl": "Tagalog",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
