package io.steward.app.ui.common;

/** How an outcome should look; each tone has its own icon and words as well as a colour. */
public enum Tone { INFO, RUNNING, SUCCESS, WARNING, DANGER }
