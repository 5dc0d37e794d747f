package io.steward.app.ui.common;

/** What a {@link StatusBanner} shows: a tone, a one-line title and a plain detail sentence. */
public record BannerText(Tone tone, String title, String detail) {
}
