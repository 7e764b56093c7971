package cn.perftarget.workflow.admin.settings;

/** A framework of the catalogue a region may choose for a year: its id (2015, 2021) and name. */
public record FrameworkOption(String id, String name) {}
