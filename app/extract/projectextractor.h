#pragma once

#include "annotations.h"

struct CleanText;

// Assembles projects and aggregates from the entities of each sentence and its neighbours.
//
// A project is a named undertaking ("…项目", or "…的X中心/基地" after its investment) in a sentence that says
// what happened to it (签约 signed, 开工 started, 投产 operating, 落户 landed, 洽谈 negotiating, 计划
// planned) or what it costs. Its investment is an amount whose role is investment in the same sentence, or in
// the next sentences of the paragraph that name no other project — never registered capital, output value,
// revenue or tax. Its company is a company named in or before its name; its region the most specific place
// in the sentence, else the article's main place.
//
// Counts and totals of several projects (共签约项目7个，总投资超110亿元) and yearly targets are aggregates.
// A project reported again (a repeated paragraph, the same name twice) is one project; the Store merges the
// same project across articles by Project::key.
class ProjectExtractor final
{
public:
    // `text` is the Simplified form of clean.text; `annotations.entities` must be filled and sorted.
    static void extract(const QString& text, const CleanText& clean, Annotations& annotations);

    // A key that is equal for two reports of the same project: its name without status words and brackets,
    // or its company and amount.
    static QString keyOf(const Project& project);
};
