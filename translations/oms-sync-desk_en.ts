<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OmsSync::Cli::CliApplication</name>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %n argument(s); see oms-sync --help.</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; takes %n argument; see oms-sync --help.</numerusform>
            <numerusform>&quot;%1 %2&quot; takes %n arguments; see oms-sync --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %n or more arguments; see oms-sync --help.</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; takes %n or more arguments; see oms-sync --help.</numerusform>
            <numerusform>&quot;%1 %2&quot; takes %n or more arguments; see oms-sync --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s); see oms-sync --help.</source>
        <translation>
            <numerusform>&quot;%1&quot; takes %n argument; see oms-sync --help.</numerusform>
            <numerusform>&quot;%1&quot; takes %n arguments; see oms-sync --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n or more arguments; see oms-sync --help.</source>
        <translation>
            <numerusform>&quot;%1&quot; takes %n or more arguments; see oms-sync --help.</numerusform>
            <numerusform>&quot;%1&quot; takes %n or more arguments; see oms-sync --help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::ProfileCommand</name>
    <message numerus="yes">
        <source>Signed in to project %1 and listed %n task(s).</source>
        <translation>
            <numerusform>Signed in to project %1 and listed %n task.</numerusform>
            <numerusform>Signed in to project %1 and listed %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); their secrets are set with profile add or the environment.</source>
        <translation>
            <numerusform>Imported %n profile; its secret is set with profile add or the environment.</numerusform>
            <numerusform>Imported %n profiles; their secrets are set with profile add or the environment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Cli::WatchCommand</name>
    <message numerus="yes">
        <source>oms-sync: %1: refreshed again after %n failed attempt(s).</source>
        <translation>
            <numerusform>oms-sync: %1: refreshed again after %n failed attempt.</numerusform>
            <numerusform>oms-sync: %1: refreshed again after %n failed attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::DisplayText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Start %n Tasks…</source>
        <translation>
            <numerusform>&amp;Start %n Task…</numerusform>
            <numerusform>&amp;Start %n Tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;top %n Tasks…</source>
        <translation>
            <numerusform>S&amp;top %n Task…</numerusform>
            <numerusform>S&amp;top %n Tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause %n sync tasks?</source>
        <translation>
            <numerusform>Pause %n sync task?</numerusform>
            <numerusform>Pause %n sync tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Tasks</source>
        <translation>
            <numerusform>Stop %n Task</numerusform>
            <numerusform>Stop %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task id(s).</source>
        <translation>
            <numerusform>Copied %n task id.</numerusform>
            <numerusform>Copied %n task ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tasks of %n profile(s) could not be loaded</source>
        <translation>
            <numerusform>The tasks of %n profile could not be loaded</numerusform>
            <numerusform>The tasks of %n profiles could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Tasks…</source>
        <translation>
            <numerusform>&amp;Delete %n Task…</numerusform>
            <numerusform>&amp;Delete %n Tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sync tasks?</source>
        <translation>
            <numerusform>Delete %n sync task?</numerusform>
            <numerusform>Delete %n sync tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running task(s) in the selection will not be deleted: stop them first.</source>
        <translation>
            <numerusform>%n running task in the selection will not be deleted: stop it first.</numerusform>
            <numerusform>%n running tasks in the selection will not be deleted: stop them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tasks</source>
        <translation>
            <numerusform>Delete %n Task</numerusform>
            <numerusform>Delete %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync requested in %n call(s).</source>
        <translation>
            <numerusform>Sync requested in %n call.</numerusform>
            <numerusform>Sync requested in %n calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a table.</source>
        <translation>
            <numerusform>Copied %n task as a table.</numerusform>
            <numerusform>Copied %n tasks as a table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1.</source>
        <translation>
            <numerusform>Exported %n task to %1.</numerusform>
            <numerusform>Exported %n tasks to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::NewTaskWizard</name>
    <message numerus="yes">
        <source>%n bucket(s) found.</source>
        <translation>
            <numerusform>%n bucket found.</numerusform>
            <numerusform>%n buckets found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::NotificationPolicy</name>
    <message numerus="yes">
        <source>%n tasks paused in %1</source>
        <translation>
            <numerusform>%n task paused in %1</numerusform>
            <numerusform>%n tasks paused in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects failed to sync in %n tasks in %1</source>
        <translation>
            <numerusform>Objects failed to sync in %n task in %1</numerusform>
            <numerusform>Objects failed to sync in %n tasks in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks started in %1</source>
        <translation>
            <numerusform>%n task started in %1</numerusform>
            <numerusform>%n tasks started in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileEditDialog</name>
    <message numerus="yes">
        <source>Signed in. Project %1 has %n sync task(s).</source>
        <translation>
            <numerusform>Signed in. Project %1 has %n sync task.</numerusform>
            <numerusform>Signed in. Project %1 has %n sync tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfileListModel</name>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::ProfilesDialog</name>
    <message numerus="yes">
        <source>Forget the keys remembered for %n task(s) of “%1”?</source>
        <translation>
            <numerusform>Forget the keys remembered for %n task of “%1”?</numerusform>
            <numerusform>Forget the keys remembered for %n tasks of “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1</source>
        <translation>
            <numerusform>Exported %n profile to %1</numerusform>
            <numerusform>Exported %n profiles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1</source>
        <translation>
            <numerusform>Imported %n profile from %1</numerusform>
            <numerusform>Imported %n profiles from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1; %2 refused</source>
        <translation>
            <numerusform>Imported %n profile from %1; %2 refused</numerusform>
            <numerusform>Imported %n profiles from %1; %2 refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::SyncObjectsDialog</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent in %n call(s) of at most 10.</source>
        <translation>
            <numerusform>sent in %n call of at most 10.</numerusform>
            <numerusform>sent in %n calls of at most 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TaskDetailsWidget</name>
    <message numerus="yes">
        <source>%n tasks selected.</source>
        <translation>
            <numerusform>%n task selected.</numerusform>
            <numerusform>%n tasks selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OmsSync::Gui::TrayIcon</name>
    <message numerus="yes">
        <source>%n tasks running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n paused</source>
        <comment>tasks running, paused</comment>
        <translation>
            <numerusform>%1, %n paused</numerusform>
            <numerusform>%1, %n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles cannot sign in</source>
        <translation>
            <numerusform>%n profile cannot sign in</numerusform>
            <numerusform>%n profiles cannot sign in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more paused tasks…</source>
        <translation>
            <numerusform>%n more paused task…</numerusform>
            <numerusform>%n more paused tasks…</numerusform>
        </translation>
    </message>
</context>
</TS>
