<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReleaseDeck::DiffView</name>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="249"/>
        <source>%n row(s) flagged: a commit id that is not the release it claims.</source>
        <translation>
            <numerusform>%n row flagged: a commit id that is not the release it claims.</numerusform>
            <numerusform>%n rows flagged: a commit id that is not the release it claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/diffview.cpp" line="250"/>
        <source>%n component(s) compared.</source>
        <translation>
            <numerusform>%n component compared.</numerusform>
            <numerusform>%n components compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="355"/>
        <source>Scanned %1: %n problem(s), see Scan Data › Problems.</source>
        <translation>
            <numerusform>Scanned %1: %n problem, see Scan Data › Problems.</numerusform>
            <numerusform>Scanned %1: %n problems, see Scan Data › Problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineAggregate</name>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="504"/>
        <source>OSS: %n release(s) tagged</source>
        <translation>
            <numerusform>OSS: %n release tagged</numerusform>
            <numerusform>OSS: %n releases tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="507"/>
        <source>SaaS: %n release(s) shipped</source>
        <translation>
            <numerusform>SaaS: %n release shipped</numerusform>
            <numerusform>SaaS: %n releases shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="510"/>
        <source>Enterprise: %n release(s) published</source>
        <translation>
            <numerusform>Enterprise: %n release published</numerusform>
            <numerusform>Enterprise: %n releases published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="512"/>
        <source>of which %n chart fix(es)</source>
        <translation>
            <numerusform>of which %n chart fix</numerusform>
            <numerusform>of which %n chart fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="514"/>
        <source>%n superseded, never published</source>
        <translation>
            <numerusform>%n superseded, never published</numerusform>
            <numerusform>%n superseded, never published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="526"/>
        <source>⚠ %n with problems</source>
        <translation>
            <numerusform>⚠ %n with problems</numerusform>
            <numerusform>⚠ %n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="527"/>
        <source>, %n with missing artifacts</source>
        <translation>
            <numerusform>, %n with missing artifacts</numerusform>
            <numerusform>, %n with missing artifacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChip</name>
    <message numerus="yes">
        <location filename="../widgets/pipelineclusters.cpp" line="108"/>
        <source>&lt;b&gt;%n release(s) without room for their labels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Click to zoom in on them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n release without room for its label&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Click to zoom in on it.</numerusform>
            <numerusform>&lt;b&gt;%n releases without room for their labels&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Click to zoom in on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineChrome</name>
    <message numerus="yes">
        <location filename="../widgets/pipelinechrome.cpp" line="126"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PipelineItem</name>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="497"/>
        <source>Registry: %1 of %n artifact(s) present; %2 missing or disagreeing with git</source>
        <translation>
            <numerusform>Registry: %1 of %n artifact present; %2 missing or disagreeing with git</numerusform>
            <numerusform>Registry: %1 of %n artifacts present; %2 missing or disagreeing with git</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="501"/>
        <source>Registry: %1 of %n artifact(s) present; %2 not checked</source>
        <translation>
            <numerusform>Registry: %1 of %n artifact present; %2 not checked</numerusform>
            <numerusform>Registry: %1 of %n artifacts present; %2 not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pipelineitem.cpp" line="503"/>
        <source>Registry: all %n artifact(s) present</source>
        <translation>
            <numerusform>Registry: %n artifact present</numerusform>
            <numerusform>Registry: all %n artifacts present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::PlanDialog</name>
    <message numerus="yes">
        <location filename="../widgets/plandialog.cpp" line="359"/>
        <source>&amp;Run %n step(s)</source>
        <translation>
            <numerusform>&amp;Run %n step</numerusform>
            <numerusform>&amp;Run %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="172"/>
        <source>%1 of %n artifact(s) present and agreeing with git.</source>
        <translation>
            <numerusform>%1 of %n artifact present and agreeing with git.</numerusform>
            <numerusform>%1 of %n artifacts present and agreeing with git.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="174"/>
        <source>%n missing or disagreeing.</source>
        <translation>
            <numerusform>%n missing or disagreeing.</numerusform>
            <numerusform>%n missing or disagreeing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/registrymodel.cpp" line="176"/>
        <source>%n could not be checked.</source>
        <translation>
            <numerusform>%n could not be checked.</numerusform>
            <numerusform>%n could not be checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::RegistryView</name>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="146"/>
        <source>%1 of %Ln artifact(s) due are present</source>
        <translation>
            <numerusform>%1 of %Ln artifact due is present</numerusform>
            <numerusform>%1 of %Ln artifacts due are present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="148"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="150"/>
        <source>%n disagree with git</source>
        <translation>
            <numerusform>%n disagrees with git</numerusform>
            <numerusform>%n disagree with git</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="152"/>
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="154"/>
        <source>%1 of %n releases shown</source>
        <translation>
            <numerusform>%1 of %n release shown</numerusform>
            <numerusform>%1 of %n releases shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/registryview.cpp" line="156"/>
        <source>%n release(s) with problems</source>
        <translation>
            <numerusform>%n release with problems</numerusform>
            <numerusform>%n releases with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewCharts</name>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="84"/>
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>%Ln release</numerusform>
            <numerusform>%Ln releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="228"/>
        <source>Stagger and slip (days); %n not drawn (no SaaS or due date)</source>
        <translation>
            <numerusform>Stagger and slip (days); %n not drawn (no SaaS or due date)</numerusform>
            <numerusform>Stagger and slip (days); %n not drawn (no SaaS or due date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="280"/>
        <source>%n Enterprise publishes; hover or click a point for its release</source>
        <translation>
            <numerusform>%n Enterprise publish; hover or click a point for its release</numerusform>
            <numerusform>%n Enterprise publishes; hover or click a point for its release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewcharts.cpp" line="434"/>
        <source>Customers by support; %n with a warning</source>
        <translation>
            <numerusform>Customers by support; %n with a warning</numerusform>
            <numerusform>Customers by support; %n with a warning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewText</name>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="176"/>
        <source>The policy&apos;s stagger is %n day(s) from SaaS to Enterprise.</source>
        <translation>
            <numerusform>The policy&apos;s stagger is %n day from SaaS to Enterprise.</numerusform>
            <numerusform>The policy&apos;s stagger is %n days from SaaS to Enterprise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="224"/>
        <source>By support: %1; %n with a support warning.</source>
        <translation>
            <numerusform>By support: %1; %n with a support warning.</numerusform>
            <numerusform>By support: %1; %n with a support warning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/reviewtext.cpp" line="286"/>
        <location filename="../models/review/reviewtext.cpp" line="350"/>
        <source>Only the newest %n commits are listed.</source>
        <translation>
            <numerusform>Only the newest commit is listed.</numerusform>
            <numerusform>Only the newest %n commits are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ReviewView</name>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="269"/>
        <source>Replaying the last %n week(s)…</source>
        <translation>
            <numerusform>Replaying the last week…</numerusform>
            <numerusform>Replaying the last %n weeks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="314"/>
        <source>%n Enterprise publish(es); change failure %1 %; lead time to Enterprise %2 days (median)</source>
        <translation>
            <numerusform>%n Enterprise publish; change failure %1 %; lead time to Enterprise %2 days (median)</numerusform>
            <numerusform>%n Enterprise publishes; change failure %1 %; lead time to Enterprise %2 days (median)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reviewview.cpp" line="362"/>
        <source>%n OSS release(s) from %1 to %2, replayed under each option of the process.</source>
        <translation>
            <numerusform>%n OSS release from %1 to %2, replayed under each option of the process.</numerusform>
            <numerusform>%n OSS releases from %1 to %2, replayed under each option of the process.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::ScanView</name>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="98"/>
        <source>%Ln repository(-ies)</source>
        <translation>
            <numerusform>%Ln repository</numerusform>
            <numerusform>%Ln repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="99"/>
        <source>%Ln release tag(s)</source>
        <translation>
            <numerusform>%Ln release tag</numerusform>
            <numerusform>%Ln release tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="100"/>
        <source>%Ln chart release(s)</source>
        <translation>
            <numerusform>%Ln chart release</numerusform>
            <numerusform>%Ln chart releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="101"/>
        <source>%Ln image reference(s)</source>
        <translation>
            <numerusform>%Ln image reference</numerusform>
            <numerusform>%Ln image references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/scanview.cpp" line="102"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::StagingPanel</name>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="202"/>
        <source>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%n step(s) done)%2</source>
        <translation>
            <numerusform>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%n step done)%2</numerusform>
            <numerusform>&lt;b&gt;Interrupted:&lt;/b&gt; %1 (%n steps done)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="252"/>
        <source>On SaaS for %n day(s).</source>
        <translation>
            <numerusform>On SaaS for %n day.</numerusform>
            <numerusform>On SaaS for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/stagingpanel.cpp" line="273"/>
        <source>SaaS has run it for %n day(s); nothing is pending for Enterprise.</source>
        <translation>
            <numerusform>SaaS has run it for %n day; nothing is pending for Enterprise.</numerusform>
            <numerusform>SaaS has run it for %n days; nothing is pending for Enterprise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::SupportView</name>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="253"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="254"/>
        <source>, %n need(s) attention.</source>
        <translation>
            <numerusform>, %n needs attention.</numerusform>
            <numerusform>, %n need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="265"/>
        <source>, %n stop(s)</source>
        <translation>
            <numerusform>, %n stop</numerusform>
            <numerusform>, %n stops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/supportview.cpp" line="343"/>
        <source>%n change(s) for the operator</source>
        <translation>
            <numerusform>%n change for the operator</numerusform>
            <numerusform>%n changes for the operator</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::VersionsView</name>
    <message numerus="yes">
        <location filename="../widgets/versionsview.cpp" line="100"/>
        <source>%1 of %n version(s) shown; %2 with problems.</source>
        <translation>
            <numerusform>%1 of %n version shown; %2 with problems.</numerusform>
            <numerusform>%1 of %n versions shown; %2 with problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDeck::WhatIf</name>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="129"/>
        <source>Each OSS release goes to Enterprise %n day(s) after SaaS ships it.</source>
        <translation>
            <numerusform>Each OSS release goes to Enterprise %n day after SaaS ships it.</numerusform>
            <numerusform>Each OSS release goes to Enterprise %n days after SaaS ships it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/review/whatif.cpp" line="146"/>
        <source>On the first of each month the newest OSS release goes to Enterprise; the first line of each quarter is an LTS line with security fixes for %n month(s).</source>
        <translation>
            <numerusform>On the first of each month the newest OSS release goes to Enterprise; the first line of each quarter is an LTS line with security fixes for %n month.</numerusform>
            <numerusform>On the first of each month the newest OSS release goes to Enterprise; the first line of each quarter is an LTS line with security fixes for %n months.</numerusform>
        </translation>
    </message>
</context>
</TS>
