<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+18"/>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the libvirt daemon closed the connection</source>
        <translation>libvirt 守护进程关闭了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host stopped answering keepalives</source>
        <translation>主机不再响应 keepalive 消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by StackDesk</source>
        <translation>已由 StackDesk 关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+29"/>
        <source>Created the administrator &apos;admin&apos; with password %1</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, also saved in %1/README.txt</source>
        <translation>，并已保存到 %1/README.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Write it down: StackDesk will not show it again.</source>
        <translation>。请记下该密码：StackDesk 不会再次显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator created</source>
        <translation>管理员已创建</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Admin console for private clouds on libvirt</source>
        <translation>基于 libvirt 的私有云管理控制台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open (and on first use create) the demo lab.</source>
        <translation>打开演示环境（首次使用时创建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data dir DIR.</source>
        <translation>使用数据目录 DIR。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the time from start to the first painted window, then quit.</source>
        <translation>打印从启动到首个窗口绘制完成所用的时间，然后退出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>StackDesk cannot start</source>
        <translation>StackDesk 无法启动</translation>
    </message>
</context>
<context>
    <name>sd::AddHostDialog</name>
    <message>
        <location filename="../views/dialogs/addhostdialog.cpp" line="+25"/>
        <location line="+17"/>
        <source>Add Host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>StackDesk connects to the host&apos;s libvirt before it stores the host, so a host is only added once it answers.</source>
        <translation>StackDesk 会先连接主机的 libvirt，连接成功后才保存主机，因此只有主机响应后才会被添加。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled: the host was not added.</source>
        <translation>已取消：未添加主机。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sd::AdminGuard</name>
    <message>
        <location filename="../engine/identity/adminguard.cpp" line="+22"/>
        <source>%1: this would leave the cloud without an administrator who can log in; give someone else the admin role on an enabled project first</source>
        <translation>%1：这会使云中没有可以登录的管理员；请先在一个已启用的项目上为其他人授予 admin 角色</translation>
    </message>
</context>
<context>
    <name>sd::AuthService</name>
    <message>
        <location filename="../engine/identity/authservice.cpp" line="+61"/>
        <source>Token: not valid; log in again</source>
        <translation>令牌：无效；请重新登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token: expired; log in again</source>
        <translation>令牌：已过期；请重新登录</translation>
    </message>
</context>
<context>
    <name>sd::ChangePasswordPanel</name>
    <message>
        <location filename="../views/panels/changepasswordpanel.cpp" line="+18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the password of %1 signs you out everywhere; sign in again with the new password.</source>
        <translation>修改 %1 的密码会使您在所有位置退出登录；请使用新密码重新登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current password *</source>
        <translation>当前密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password *</source>
        <translation>新密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new password *</source>
        <translation>确认新密码 *</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter your current password.</source>
        <translation>请输入您的当前密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old password and new password must be different</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Password changed. Please log in again to continue.</source>
        <translation>密码已修改。请重新登录以继续。</translation>
    </message>
</context>
<context>
    <name>sd::CreateProjectWizard</name>
    <message>
        <location filename="../views/wizards/createproject/createprojectwizard.cpp" line="+36"/>
        <location line="+5"/>
        <source>Create Project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group %1</source>
        <translation>用户组 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was created, because these no longer exist: %1. Pick again.</source>
        <translation>未创建任何内容，因为以下对象已不存在：%1。请重新选择。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>group %1, role %2: %3</source>
        <translation>用户组 %1，角色 %2：%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1, role %2: %3</source>
        <translation>用户 %1，角色 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project %1 was created, but these roles were not given:
%2
Create Project tries them again; Cancel keeps the project as it is (Manage Members can change it later).</source>
        <translation>项目 %1 已创建，但未能授予以下角色：
%2
“创建项目”会重试授予这些角色；“取消”则保持项目现状（之后可通过“管理成员”修改）。</translation>
    </message>
</context>
<context>
    <name>sd::CreateRoleDialog</name>
    <message>
        <location filename="../views/dialogs/createroledialog.cpp" line="+12"/>
        <source>Create Role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StackDesk&apos;s policy knows admin, member and reader. A user who holds only a new role on a project may look at the project&apos;s resources, as a reader can.</source>
        <translation>StackDesk 的策略只识别 admin、member 和 reader 角色。在某个项目上只拥有新角色的用户，可以像 reader 一样查看该项目的资源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role Name *</source>
        <translation>角色名称 *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a role name.</source>
        <translation>请输入角色名称。</translation>
    </message>
</context>
<context>
    <name>sd::CreateUserDialog</name>
    <message>
        <location filename="../views/dialogs/createuserdialog.cpp" line="+20"/>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user signs in with this name and password. The role is given on the primary project, so the user can work there at once.</source>
        <translation>用户使用此名称和密码登录。角色授予在主项目上，因此用户可以立即在该项目中工作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.org (optional)</source>
        <translation>name@example.org（可选）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User Name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Password *</source>
        <translation>确认密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>User %1 was created, but the role %2 was not given: %3</source>
        <translation>用户 %1 已创建，但未能授予角色 %2：%3</translation>
    </message>
</context>
<context>
    <name>sd::DataDir</name>
    <message>
        <location filename="../engine/core/datadir.cpp" line="+32"/>
        <source>Data dir: no path given</source>
        <translation>数据目录：未指定路径</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data dir %1: exists but is not a folder</source>
        <translation>数据目录 %1：已存在，但不是文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: cannot create %2; choose a folder you may write to</source>
        <translation>数据目录 %1：无法创建 %2；请选择一个您有写权限的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: not writable; choose a folder you may write to</source>
        <translation>数据目录 %1：不可写；请选择一个您有写权限的文件夹</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <location filename="../engine/store/database.cpp" line="+121"/>
        <source>Database %1: cannot open or create it</source>
        <translation>数据库 %1：无法打开或创建</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database %1: cannot open it</source>
        <translation>数据库 %1：无法打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database %1 has schema version %2, newer than this StackDesk knows (%3); use the newer StackDesk that wrote it</source>
        <translation>数据库 %1 的模式版本为 %2，高于此 StackDesk 所支持的版本（%3）；请使用写入该数据库的较新版本 StackDesk</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Database migration %1 is missing from the build</source>
        <translation>此构建中缺少数据库迁移 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Database migration %1 failed</source>
        <translation>数据库迁移 %1 失败</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database is busy; try again</source>
        <translation>数据库繁忙；请重试</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database: saving the change failed</source>
        <translation>数据库：保存更改失败</translation>
    </message>
</context>
<context>
    <name>sd::DefaultQuotasDialog</name>
    <message>
        <location filename="../views/dialogs/defaultquotasdialog.cpp" line="+15"/>
        <source>Update Default Quotas</source>
        <translation>更新默认配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Defaults</source>
        <translation>更新默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every project has these limits unless it was given its own with Modify Quotas. Unlimited (-1) sets no limit.</source>
        <translation>除非已通过“修改配额”为项目单独设置限额，否则每个项目都使用这些限额。“无限制”（-1）表示不设限额。</translation>
    </message>
</context>
<context>
    <name>sd::DefaultQuotasPanel</name>
    <message>
        <location filename="../views/panels/defaultquotaspanel.cpp" line="+23"/>
        <source>Admin › System</source>
        <translation>管理员 › 系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default Quotas</source>
        <translation>默认配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Default Quotas…</source>
        <translation>更新默认配额…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the limits every project has unless it was given its own</source>
        <translation>修改每个项目的默认限额（单独设置了限额的项目除外）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The limits every project has unless it was given its own (Identity › Projects › Modify Quotas).</source>
        <translation>每个项目的默认限额，单独设置了限额的项目除外（身份管理 › 项目 › 修改配额）。</translation>
    </message>
</context>
<context>
    <name>sd::DemoLab</name>
    <message>
        <location filename="../engine/demo/demolab.cpp" line="+33"/>
        <source>Demo lab: cannot write %1</source>
        <translation>演示环境：无法写入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>StackDesk demo lab

Simulated hosts (libvirt&apos;s test driver): compute-1 and compute-2 in zone-a, compute-3 in zone-b.

Administrator: user admin, project admin, password %1
Member: user demo, project demo, password %2

Delete this folder to start the demo lab afresh.
</source>
        <translation>StackDesk 演示环境

模拟主机（libvirt 的 test 驱动）：zone-a 中的 compute-1 和 compute-2，zone-b 中的 compute-3。

管理员：用户 admin，项目 admin，密码 %1
成员：用户 demo，项目 demo，密码 %2

删除此文件夹即可重新创建演示环境。
</translation>
    </message>
</context>
<context>
    <name>sd::DisableHostDialog</name>
    <message>
        <location filename="../views/dialogs/disablehostdialog.cpp" line="+16"/>
        <location line="+15"/>
        <source>Disable Service</source>
        <translation>禁用服务</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Disable the compute service on %1? New instances will not be scheduled there; instances already running keep running.</source>
        <translation>禁用 %1 上的计算服务？新的云主机将不会被调度到该主机；已在运行的云主机将继续运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. hardware maintenance</source>
        <translation>例如：硬件维护</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Give a reason: other administrators will see it</source>
        <translation>请填写原因：其他管理员会看到它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
</context>
<context>
    <name>sd::EditHostDialog</name>
    <message>
        <location filename="../views/dialogs/edithostdialog.cpp" line="+24"/>
        <source>Edit Host %1</source>
        <translation>编辑主机 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::EditProjectDialog</name>
    <message>
        <location filename="../views/dialogs/editprojectdialog.cpp" line="+24"/>
        <source>Edit Project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::EditUserDialog</name>
    <message>
        <location filename="../views/dialogs/edituserdialog.cpp" line="+14"/>
        <source>Edit User %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>sd::FilterEdit</name>
    <message>
        <location filename="../views/widgets/filteredit.cpp" line="+12"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
</context>
<context>
    <name>sd::FlavorService</name>
    <message>
        <location filename="../engine/compute/flavorservice.cpp" line="+22"/>
        <source>Flavor name</source>
        <translation>云主机类型名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flavor ID &apos;%1&apos;: use 1-255 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>云主机类型 ID &apos;%1&apos;：请使用 1-255 个字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs %1: must be 1 to 4096</source>
        <translation>vCPU %1：必须在 1 到 4096 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RAM %1 MB: must be %2 MB to 16 TiB</source>
        <translation>内存 %1 MB：必须在 %2 MB 到 16 TiB 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Root disk (GB)</source>
        <translation>根磁盘（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral disk (GB)</source>
        <translation>临时磁盘（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap (MB)</source>
        <translation>交换空间（MB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: must be 0 to 1048576</source>
        <translation>%1 %2：必须在 0 到 1048576 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flavor %1: project access is for private flavors; make it private</source>
        <translation>云主机类型 %1：项目访问权限只适用于私有云主机类型；请将其设为私有</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra spec key &apos;%1&apos;: use 1-255 letters, digits, spaces, &apos;_&apos;, &apos;:&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>额外规格键 &apos;%1&apos;：请使用 1-255 个字母、数字、空格、&apos;_&apos;、&apos;:&apos;、&apos;.&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra spec %1: value longer than 255 characters</source>
        <translation>额外规格 %1：值超过 255 个字符</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+10"/>
        <location line="+76"/>
        <source>Flavor &apos;%1&apos;: no such flavor</source>
        <translation>云主机类型 &apos;%1&apos;：不存在</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Flavor name &apos;%1&apos; is already used; choose another name</source>
        <translation>云主机类型名称 &apos;%1&apos; 已被使用；请换一个名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor ID &apos;%1&apos; is already used</source>
        <translation>云主机类型 ID &apos;%1&apos; 已被使用</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+130"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Flavor description</source>
        <translation>云主机类型描述</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Flavor %1 has no extra spec &apos;%2&apos;</source>
        <translation>云主机类型 %1 没有额外规格 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Flavor %1 is public: every project may use it already</source>
        <translation>云主机类型 %1 是公共的：所有项目都已可以使用</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Flavor %1: project &apos;%2&apos; has no access to remove</source>
        <translation>云主机类型 %1：项目 &apos;%2&apos; 没有可移除的访问权限</translation>
    </message>
</context>
<context>
    <name>sd::FormDialog</name>
    <message>
        <location filename="../views/dialogs/formdialog.cpp" line="+35"/>
        <source>Form problem</source>
        <translation>表单问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>sd::GroupActions</name>
    <message>
        <location filename="../views/panels/groupactions.cpp" line="+19"/>
        <source>Create Group…</source>
        <translation>创建用户组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Group…</source>
        <translation>编辑用户组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Members…</source>
        <translation>管理成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Group…</source>
        <translation>删除用户组…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a group of users that can be given roles on projects together</source>
        <translation>创建用户组，以便统一为其用户授予项目上的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name or description of the group</source>
        <translation>修改用户组的名称或描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add users to the group or remove them</source>
        <translation>向用户组添加用户或从中移除用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected groups; their members lose the groups&apos; roles</source>
        <translation>删除所选用户组；其成员将失去通过这些用户组获得的角色</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+8"/>
        <source>Delete Group</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Delete Groups</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete group %1?</source>
        <translation>删除用户组 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 groups: %2?</source>
        <translation>删除 %1 个用户组：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The users stay; they lose the roles they held through the group. This action cannot be undone.</source>
        <translation>用户将保留，但会失去通过用户组获得的角色。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::GroupDialog</name>
    <message>
        <location filename="../views/dialogs/groupdialog.cpp" line="+13"/>
        <source>Edit Group %1</source>
        <translation>编辑用户组 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Create Group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A role given to a group on a project is held by each of its members.</source>
        <translation>在项目上授予用户组的角色，由其每个成员拥有。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a group name.</source>
        <translation>请输入用户组名称。</translation>
    </message>
</context>
<context>
    <name>sd::GroupMembersDialog</name>
    <message>
        <location filename="../views/dialogs/groupmembersdialog.cpp" line="+19"/>
        <source>Add ›</source>
        <translation>添加 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Remove</source>
        <translation>‹ 移除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes apply at once. Members hold every role the group has on a project.</source>
        <translation>更改立即生效。成员拥有该用户组在项目上的所有角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group Members</source>
        <translation>用户组成员</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Manage Members of %1</source>
        <translation>管理 %1 的成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
</context>
<context>
    <name>sd::GroupModel</name>
    <message>
        <location filename="../views/models/groupmodel.cpp" line="+75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
</context>
<context>
    <name>sd::GroupService</name>
    <message>
        <location filename="../engine/identity/groupservice.cpp" line="+61"/>
        <location line="+42"/>
        <location line="+30"/>
        <location line="+26"/>
        <source>Group &apos;%1&apos;: no such group</source>
        <translation>用户组 &apos;%1&apos;：不存在该用户组</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+33"/>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
        <source>Group description</source>
        <translation>用户组描述</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+33"/>
        <source>Group name &apos;%1&apos; is already used; choose another name</source>
        <translation>用户组名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete group %1</source>
        <translation>删除用户组 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User %1 is not a member of group %2</source>
        <translation>用户 %1 不是用户组 %2 的成员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove user %1 from group %2</source>
        <translation>从用户组 %2 中移除用户 %1</translation>
    </message>
</context>
<context>
    <name>sd::GroupsPanel</name>
    <message>
        <location filename="../views/panels/groupspanel.cpp" line="+14"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
</context>
<context>
    <name>sd::HeaderBar</name>
    <message>
        <location filename="../views/widgets/headerbar.cpp" line="+22"/>
        <source>StackDesk</source>
        <translation>StackDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About StackDesk</source>
        <translation>关于 StackDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Switch the project you work in</source>
        <translation>切换当前工作的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are a member of one project only: there is nothing to switch to</source>
        <translation>您只是一个项目的成员：没有可切换的项目</translation>
    </message>
</context>
<context>
    <name>sd::HostActions</name>
    <message>
        <location filename="../views/panels/hostactions.cpp" line="+20"/>
        <source>Add Host…</source>
        <translation>添加主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Host…</source>
        <translation>编辑主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Service</source>
        <translation>启用服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Service…</source>
        <translation>禁用服务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Host…</source>
        <translation>移除主机…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect a libvirt host and add it to the cloud</source>
        <translation>连接一台 libvirt 主机并将其添加到云中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, zone, allocation ratios or reserved resources of the host</source>
        <translation>修改主机的名称、可用域、超分比或预留资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the scheduler place new instances on the selected hosts</source>
        <translation>允许调度器将新的云主机放置到所选主机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the scheduler from placing new instances on the selected hosts</source>
        <translation>阻止调度器将新的云主机放置到所选主机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected hosts; their domains are left alone</source>
        <translation>移除所选主机的记录；其上的虚拟机保持不变</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove host %1?</source>
        <translation>移除主机 %1？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n hosts: %1?</source>
        <translation>
            <numerusform>移除 %n 台主机：%1？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StackDesk closes the connection and forgets the host; the domains on it are not touched. A host that still runs StackDesk instances is refused.</source>
        <translation>StackDesk 将关闭连接并移除该主机的记录；主机上的虚拟机不会受到影响。仍在运行 StackDesk 云主机的主机将被拒绝移除。</translation>
    </message>
</context>
<context>
    <name>sd::HostConnection</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+60"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+29"/>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost the connection to %1: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
</context>
<context>
    <name>sd::HostDetailsPane</name>
    <message>
        <location filename="../views/panels/hostdetailspane.cpp" line="+25"/>
        <source>Device hotplug</source>
        <translation>设备热插拔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network filters (security groups)</source>
        <translation>网络过滤器（安全组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNC console</source>
        <translation>VNC 控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPICE console</source>
        <translation>SPICE 控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console fd passing</source>
        <translation>控制台文件描述符（fd）传递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a host to see its details.</source>
        <translation>选择一台主机以查看其详情。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation ratios</source>
        <translation>超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>功能</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Simulated host: actions the test driver lacks are simulated by StackDesk</source>
        <translation>模拟主机：test 驱动不支持的操作由 StackDesk 模拟</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CPU %1 · RAM %2 · Disk %3</source>
        <translation>CPU %1 · 内存 %2 · 磁盘 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 RAM · %2 disk</source>
        <translation>内存 %1 · 磁盘 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
</context>
<context>
    <name>sd::HostForm</name>
    <message>
        <location filename="../views/dialogs/hostform.cpp" line="+32"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. compute-4</source>
        <translation>例如 compute-4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qemu:///system, qemu+ssh://user@host/system or test:///default</source>
        <translation>qemu:///system、qemu+ssh://user@host/system 或 test:///default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The libvirt connection URI of the host:
  qemu:///system — this machine
  qemu+ssh://user@host/system — another machine over SSH
  qemu+tls://host/system — another machine over TLS
  test:///default — a simulated host inside StackDesk</source>
        <translation>主机的 libvirt 连接 URI：
  qemu:///system — 本机
  qemu+ssh://user@host/system — 通过 SSH 连接的其他机器
  qemu+tls://host/system — 通过 TLS 连接的其他机器
  test:///default — StackDesk 内部的模拟主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual CPUs scheduled per physical CPU (Nova&apos;s default: 16)</source>
        <translation>每个物理 CPU 可调度的虚拟 CPU 数（Nova 默认值：16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual RAM scheduled per unit of physical RAM (Nova&apos;s default: 1.5)</source>
        <translation>每单位物理内存可调度的虚拟内存（Nova 默认值：1.5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual disk scheduled per unit of local storage (Nova&apos;s default: 1.0)</source>
        <translation>每单位本地存储可调度的虚拟磁盘（Nova 默认值：1.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM kept for the host itself; never given to instances</source>
        <translation>为主机自身保留的内存；不会分配给云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local storage kept for the host itself; never given to instances</source>
        <translation>为主机自身保留的本地存储；不会分配给云主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI *</source>
        <translation>URI *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone *</source>
        <translation>可用域 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU allocation ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM allocation ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk allocation ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved host memory</source>
        <translation>主机预留内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved host disk</source>
        <translation>主机预留磁盘</translation>
    </message>
</context>
<context>
    <name>sd::HostManager</name>
    <message>
        <location filename="../engine/hosts/hostmanager.cpp" line="+45"/>
        <source>Host name: empty; give the host a name, e.g. compute-1</source>
        <translation>主机名：为空；请为主机命名，例如 compute-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name &apos;%1&apos;: longer than 64 characters</source>
        <translation>主机名 &apos;%1&apos;：超过 64 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit</source>
        <translation>主机名 &apos;%1&apos;：只能使用字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;，且必须以字母或数字开头</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Availability zone: empty; the default zone is &apos;nova&apos;</source>
        <translation>可用域：为空；默认可用域为 &apos;nova&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability zone &apos;%1&apos;: longer than 255 characters</source>
        <translation>可用域 &apos;%1&apos;：超过 255 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability zone &apos;%1&apos;: use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>可用域 &apos;%1&apos;：只能使用字母、数字、空格、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be greater than 0 and at most 1000</source>
        <translation>%1 %2：必须大于 0 且不超过 1000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be 0 or more</source>
        <translation>%1 %2：必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host &apos;%1&apos;: no such host; `host list` shows them</source>
        <translation>主机 &apos;%1&apos;：不存在该主机；可用 `host list` 查看所有主机</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some stored objects could not be re-created on this simulated host: %1</source>
        <translation>部分已保存的对象无法在此模拟主机上重新创建：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Host %1 is down: %2</source>
        <translation>主机 %1 已离线：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+181"/>
        <source>CPU allocation ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>RAM allocation ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Disk allocation ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+189"/>
        <source>Reserved host memory (MB)</source>
        <translation>主机预留内存（MB）</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+193"/>
        <source>Reserved host disk (MB)</source>
        <translation>主机预留磁盘（MB）</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>URI &apos;%1&apos;: node XML file %2 does not exist</source>
        <translation>URI &apos;%1&apos;：节点 XML 文件 %2 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos; is already used (URI %2); choose another name</source>
        <translation>主机名 &apos;%1&apos; 已被使用（URI %2）；请选择其他名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos; is already added as host &apos;%2&apos;</source>
        <translation>URI &apos;%1&apos; 已作为主机 &apos;%2&apos; 添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to %1; check the URI, that libvirtd runs there and that you may log in</source>
        <translation>无法连接到 %1；请检查 URI、该主机上的 libvirtd 是否正在运行，以及您是否有权登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading capacity and capabilities</source>
        <translation>正在读取容量和功能</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host &apos;%1&apos; or URI &apos;%2&apos; was added meanwhile</source>
        <translation>主机 &apos;%1&apos; 或 URI &apos;%2&apos; 已在此期间被添加</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove host %1</source>
        <translation>移除主机 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for StackDesk domains on %1</source>
        <translation>正在查找 %1 上由 StackDesk 创建的虚拟机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host %1 is down, so StackDesk cannot check it for its own domains; bring it up first, or remove it with --force</source>
        <translation>主机 %1 处于离线状态，StackDesk 无法检查其上是否有 StackDesk 创建的虚拟机；请先使其上线，或使用 --force 移除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host %1 still has StackDesk domains: %2; delete or migrate them first</source>
        <translation>主机 %1 上仍有 StackDesk 创建的虚拟机：%2；请先删除或迁移它们</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Disable reason: longer than 255 characters</source>
        <translation>禁用原因：超过 255 个字符</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host name &apos;%1&apos; is already used; choose another name</source>
        <translation>主机名 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
</context>
<context>
    <name>sd::HostModel</name>
    <message>
        <location filename="../views/models/hostmodel.cpp" line="+88"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enabled: new instances may be scheduled here</source>
        <translation>已启用：新的云主机可以调度到此主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: %1</source>
        <translation>已禁用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt&apos;s test driver, running inside StackDesk</source>
        <translation>运行在 StackDesk 内部的 libvirt test 驱动</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>used / total</source>
        <translation>已用 / 总计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Storage</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypervisor</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt Version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host Name (reported)</source>
        <translation>主机名（上报）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU Model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State Since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>sd::HostUri</name>
    <message>
        <location filename="../engine/hosts/hosturi.cpp" line="+30"/>
        <source>expected e.g. qemu:///system, qemu+ssh://user@host/system or test:///default</source>
        <translation>应为 qemu:///system、qemu+ssh://user@host/system 或 test:///default 等形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI: empty; %1</source>
        <translation>URI：为空；%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos;: not a libvirt URI; %2</source>
        <translation>URI &apos;%1&apos;：不是 libvirt URI；%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>URI &apos;%1&apos;: unknown transport &apos;%2&apos;; use ssh, tls, tcp or unix</source>
        <translation>URI &apos;%1&apos;：未知的传输方式 &apos;%2&apos;；请使用 ssh、tls、tcp 或 unix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: simulated hosts run in this process; write test:///default or test:///path/to/node.xml</source>
        <translation>URI &apos;%1&apos;：模拟主机在本进程内运行；请写作 test:///default 或 test:///path/to/node.xml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: name a node XML file or /default, e.g. test:///default</source>
        <translation>URI &apos;%1&apos;：请指定节点 XML 文件或 /default，例如 test:///default</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI &apos;%1&apos;: driver &apos;%2&apos; is not supported; StackDesk manages QEMU/KVM hosts (qemu://) and simulated hosts (test://)</source>
        <translation>URI &apos;%1&apos;：不支持驱动 &apos;%2&apos;；StackDesk 管理 QEMU/KVM 主机（qemu://）和模拟主机（test://）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: path must be /system or /session, not &apos;%2&apos;</source>
        <translation>URI &apos;%1&apos;：路径必须为 /system 或 /session，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: transport %2 needs a host name, e.g. %3://user@host/system</source>
        <translation>URI &apos;%1&apos;：传输方式 %2 需要主机名，例如 %3://user@host/system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: a host name needs a transport, e.g. qemu+ssh://%2/system</source>
        <translation>URI &apos;%1&apos;：指定主机名时还需指定传输方式，例如 qemu+ssh://%2/system</translation>
    </message>
</context>
<context>
    <name>sd::HypervisorSummary</name>
    <message>
        <location filename="../views/panels/hypervisorsummary.cpp" line="+14"/>
        <source>vCPU Usage</source>
        <translation>vCPU 使用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory Usage</source>
        <translation>内存使用量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local Disk Usage</source>
        <translation>本地磁盘使用量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hypervisor Summary</source>
        <translation>虚拟机管理器概况</translation>
    </message>
</context>
<context>
    <name>sd::HypervisorsPanel</name>
    <message>
        <location filename="../views/panels/hypervisorspanel.cpp" line="+23"/>
        <source>Admin › Compute</source>
        <translation>管理员 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
</context>
<context>
    <name>sd::IdentityStore</name>
    <message>
        <location filename="../engine/identity/identitystore.cpp" line="+36"/>
        <source>Password of %1: at least 8 characters</source>
        <translation>%1 的密码：至少需要 8 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot hash the password (libsodium failed)</source>
        <translation>无法对密码进行哈希（libsodium 出错）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created at bootstrap for user %1</source>
        <translation>初始化时为用户 %1 创建</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Login as %1 in project %2 failed: no such user or project</source>
        <translation>以 %1 身份登录项目 %2 失败：用户或项目不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 is disabled</source>
        <translation>用户 %1 已被禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 is disabled</source>
        <translation>项目 %1 已被禁用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User %1 has no role in project %2</source>
        <translation>用户 %1 在项目 %2 中没有任何角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login as %1 failed: wrong user name or password</source>
        <translation>以 %1 身份登录失败：用户名或密码错误</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch to project %1: you are not logged in</source>
        <translation>切换到项目 %1：您尚未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch project: no project name given</source>
        <translation>切换项目：未指定项目名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This data dir has no administrator yet</source>
        <translation>此数据目录中还没有管理员</translation>
    </message>
</context>
<context>
    <name>sd::ItemCountLabel</name>
    <message>
        <location filename="../views/widgets/itemcountlabel.cpp" line="+21"/>
        <source>Displaying 1 item</source>
        <translation>正在显示 1 项</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Displaying %n items</source>
        <translation>
            <numerusform>正在显示 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::LoginDialog</name>
    <message>
        <location filename="../views/dialogs/logindialog.cpp" line="+26"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign In — StackDesk</source>
        <translation>登录 — StackDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to StackDesk</source>
        <translation>登录 StackDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo lab in %1</source>
        <translation>演示环境位于 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your primary project</source>
        <translation>您的主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project to work in; leave empty for your primary project. You can switch project in the header later.</source>
        <translation>要在其中工作的项目；留空则使用您的主项目。之后可在页头中切换项目。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in as the demo administrator</source>
        <translation>以演示管理员身份登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo lab&apos;s users and passwords (admin, and the member demo) are in %1.</source>
        <translation>演示环境的用户和密码（admin 以及成员 demo）保存在 %1 中。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+76"/>
        <source>StackDesk — demo lab</source>
        <translation>StackDesk — 演示环境</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>StackDesk</source>
        <translation>StackDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Default Quotas</source>
        <translation>默认配额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User Settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>About StackDesk</source>
        <translation>关于 StackDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;StackDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;StackDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An admin console for private clouds built on libvirt hosts, in the spirit of OpenStack Horizon.&lt;br&gt;&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation>基于 libvirt 主机构建的私有云管理控制台，秉承 OpenStack Horizon 的设计理念。&lt;br&gt;&lt;br&gt;使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>sd::NavigationTree</name>
    <message>
        <location filename="../views/widgets/navigationtree.cpp" line="+34"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>sd::NotificationBanner</name>
    <message>
        <location filename="../views/widgets/notificationbanner.cpp" line="+29"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sd::PasswordPair</name>
    <message numerus="yes">
        <location filename="../views/widgets/passwordpair.cpp" line="+18"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sd::Policy</name>
    <message>
        <location filename="../engine/identity/policy.cpp" line="+43"/>
        <source>%1: you are not logged in</source>
        <translation>%1：您尚未登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no policy rule allows this action</source>
        <translation>%1：没有允许此操作的策略规则</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not allowed for user %2 in project %3</source>
        <translation>%1：不允许项目 %3 中的用户 %2 执行此操作</translation>
    </message>
</context>
<context>
    <name>sd::ProjectActions</name>
    <message>
        <location filename="../views/panels/projectactions.cpp" line="+21"/>
        <source>Create Project…</source>
        <translation>创建项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Members…</source>
        <translation>管理成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify Quotas…</source>
        <translation>修改配额…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Project…</source>
        <translation>编辑项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Project</source>
        <translation>启用项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Project</source>
        <translation>禁用项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as Active Project</source>
        <translation>设为当前项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a project with its members and groups</source>
        <translation>创建项目及其成员和用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or take roles of users and groups on the selected project</source>
        <translation>为所选项目上的用户和用户组授予或撤销角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the limits of the selected project</source>
        <translation>修改所选项目的限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, description or enabled state of the selected project</source>
        <translation>修改所选项目的名称、描述或启用状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let users log in to the selected projects again</source>
        <translation>允许用户重新登录所选项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep users from logging in to the selected projects</source>
        <translation>阻止用户登录所选项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected projects; a project that still owns resources is refused</source>
        <translation>删除所选项目；仍拥有资源的项目将被拒绝删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Work in the selected project (you need a role on it)</source>
        <translation>在所选项目中工作（您需要在该项目上拥有角色）</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas…</source>
        <translation>配额…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Active</source>
        <translation>设为当前</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>You are working in this project already</source>
        <translation>您已在此项目中工作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You hold no role on this project; give yourself one with Manage Members</source>
        <translation>您在此项目上没有任何角色；请通过“管理成员”为自己授予角色</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Quotas of project %1 saved. Below what the project uses now: %2. New resources of those kinds will be refused until usage drops.</source>
        <translation>项目 %1 的配额已保存。以下限额低于项目当前用量：%2。在用量降低之前，将拒绝创建这些类型的新资源。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete project %1?</source>
        <translation>删除项目 %1？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n projects: %1?</source>
        <translation>
            <numerusform>删除 %n 个项目：%1？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The projects&apos; role assignments and quotas go with them. A project that still owns resources, the project you work in and the last administrator&apos;s project are refused. This cannot be undone.</source>
        <translation>项目的角色分配和配额将一并删除。仍拥有资源的项目、您当前工作的项目以及最后一个管理员所在的项目将被拒绝删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectForm</name>
    <message>
        <location filename="../views/dialogs/projectform.cpp" line="+16"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users cannot log in to a disabled project</source>
        <translation>用户无法登录已禁用的项目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project name &apos;%1&apos; is already used; choose another name</source>
        <translation>项目名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
</context>
<context>
    <name>sd::ProjectGroupsPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectgroupspage.cpp" line="+11"/>
        <source>All Groups</source>
        <translation>所有用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Project Groups</source>
        <translation>项目用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the groups whose members work in the project and the roles they hold there.</source>
        <translation>选择其成员在此项目中工作的用户组，以及他们在项目中拥有的角色。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectInfoPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectinfopage.cpp" line="+15"/>
        <source>Project Information</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a project to organise users and resources; members, groups and quotas can be changed later.</source>
        <translation>创建项目以组织用户和资源；成员、用户组和配额可在之后修改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Next and Finish are disabled: %1</source>
        <translation>“下一步”和“完成”不可用：%1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMemberPicker</name>
    <message>
        <location filename="../views/widgets/projectmemberpicker.cpp" line="+20"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to add</source>
        <translation>双击以添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the selected entries to the project, with the default role</source>
        <translation>将所选条目以默认角色添加到项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected members off the project</source>
        <translation>将所选成员从项目中移除</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMembersDialog</name>
    <message>
        <location filename="../views/dialogs/projectmembersdialog.cpp" line="+23"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Project Members</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>All Groups</source>
        <translation>所有用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Project Groups</source>
        <translation>项目用户组</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Manage Members: %1</source>
        <translation>管理成员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Give %1 role %2: %3</source>
        <translation>授予 %1 角色 %2：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take role %2 from %1: %3</source>
        <translation>撤销 %1 的角色 %2：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some changes were not made:
%1</source>
        <translation>部分更改未能完成：
%1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMembersPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectmemberspage.cpp" line="+11"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Project Members</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the users who work in the project and the roles they hold there.</source>
        <translation>选择在此项目中工作的用户，以及他们在项目中拥有的角色。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectModel</name>
    <message>
        <location filename="../views/models/projectmodel.cpp" line="+121"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
</context>
<context>
    <name>sd::ProjectQuotasDialog</name>
    <message>
        <location filename="../views/dialogs/projectquotasdialog.cpp" line="+16"/>
        <source>Modify Quotas: %1</source>
        <translation>修改配额：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits for project %1. Unlimited (-1) sets no limit. A limit below what the project uses now is allowed; new resources are then refused until usage drops.</source>
        <translation>项目 %1 的限额。“无限制”（-1）表示不设限额。限额可以低于项目当前用量；此后在用量降低之前，将拒绝创建新资源。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectRoleCombo</name>
    <message>
        <location filename="../views/widgets/projectrolecombo.cpp" line="+31"/>
        <source>Roles held on the project; pick one or more</source>
        <translation>在项目上拥有的角色；可选择一个或多个</translation>
    </message>
</context>
<context>
    <name>sd::ProjectService</name>
    <message>
        <location filename="../engine/identity/projectservice.cpp" line="+86"/>
        <location line="+45"/>
        <location line="+54"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+38"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+41"/>
        <source>Project description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+50"/>
        <source>Project name &apos;%1&apos; is already used; choose another name</source>
        <translation>项目名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Project %1 is the one you are working in; switch to another project before disabling it</source>
        <translation>项目 %1 是您当前工作的项目；请先切换到其他项目再禁用它</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disable project %1</source>
        <translation>禁用项目 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Project %1 is the one you are working in; switch to another project before deleting it</source>
        <translation>项目 %1 是您当前工作的项目；请先切换到其他项目再删除它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Project %1 still owns resources (%2); delete them first</source>
        <translation>项目 %1 仍拥有资源（%2）；请先删除这些资源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete project %1</source>
        <translation>删除项目 %1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectsPanel</name>
    <message>
        <location filename="../views/panels/projectspanel.cpp" line="+19"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>sd::QuotaEditor</name>
    <message>
        <location filename="../views/widgets/quotaeditor.cpp" line="+35"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2); the lowest value, -1, means no limit</source>
        <translation>%1（%2）；最小值 -1 表示不设限额</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 in use: above this limit</source>
        <translation>已使用 %1：超出此限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in use</source>
        <translation>已使用 %1</translation>
    </message>
</context>
<context>
    <name>sd::QuotaLabels</name>
    <message>
        <location filename="../views/models/quotalabels.cpp" line="+15"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (MB)</source>
        <translation>内存（MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server Groups</source>
        <translation>云主机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server Group Members</source>
        <translation>云主机组成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata Items</source>
        <translation>元数据条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Snapshots</source>
        <translation>卷快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total Size of Volumes and Snapshots (GiB)</source>
        <translation>卷及快照总大小（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Backups</source>
        <translation>卷备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routers</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group Rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>sd::QuotaModel</name>
    <message>
        <location filename="../views/models/quotamodel.cpp" line="+74"/>
        <source>Quota Name</source>
        <translation>配额名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
</context>
<context>
    <name>sd::QuotaService</name>
    <message>
        <location filename="../engine/quota/quotaservice.cpp" line="+36"/>
        <source>Quota: no limit given; name at least one resource</source>
        <translation>配额：未指定限额；请至少指定一种资源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quota: unknown resource &apos;%1&apos;</source>
        <translation>配额：未知资源 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quota %1 %2: must be -1 (unlimited) or 0 or more</source>
        <translation>配额 %1 %2：必须为 -1（无限制）或大于或等于 0</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Quota exceeded for %1: requested %2%5, %3%5 in use, limit %4%5; ask an administrator to raise the project&apos;s quota</source>
        <translation>%1 超出配额：请求 %2%5，已使用 %3%5，限额 %4%5；请联系管理员提高该项目的配额</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: limit %2 is below the %3 in use</source>
        <translation>%1：限额 %2 低于已使用的 %3</translation>
    </message>
</context>
<context>
    <name>sd::RoleAssignmentModel</name>
    <message>
        <location filename="../views/models/roleassignmentmodel.cpp" line="+87"/>
        <source>Also given to the user directly</source>
        <translation>也已直接授予该用户</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>via Group</source>
        <translation>通过用户组</translation>
    </message>
</context>
<context>
    <name>sd::RoleModel</name>
    <message>
        <location filename="../views/models/rolemodel.cpp" line="+41"/>
        <source>admin, member and reader come with StackDesk and cannot be deleted</source>
        <translation>admin、member 和 reader 是 StackDesk 自带的角色，无法删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role Name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ID</source>
        <translation>角色 ID</translation>
    </message>
</context>
<context>
    <name>sd::RoleService</name>
    <message>
        <location filename="../engine/identity/roleservice.cpp" line="+39"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role name &apos;%1&apos; is already used</source>
        <translation>角色名称 &apos;%1&apos; 已被使用</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>Role &apos;%1&apos;: no such role</source>
        <translation>角色 &apos;%1&apos;：不存在该角色</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Role %1 is built in (admin, member, reader) and cannot be deleted</source>
        <translation>角色 %1 是内置角色（admin、member、reader），无法删除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 &apos;%2&apos;: not found</source>
        <translation>%1 &apos;%2&apos;：未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+23"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 has no role %2 on project %3</source>
        <translation>用户 %1 在项目 %3 上没有角色 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove role admin: you cannot remove your own admin role; ask another administrator</source>
        <translation>移除 admin 角色：您不能移除自己的 admin 角色；请联系其他管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove role %1 from user %2</source>
        <translation>移除用户 %2 的角色 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove role %1 from group %2</source>
        <translation>移除用户组 %2 的角色 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role_assignment:list: you may list only your own roles in project %1</source>
        <translation>role_assignment:list：您只能列出自己在项目 %1 中的角色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Role assignments: the query failed</source>
        <translation>角色分配：查询失败</translation>
    </message>
</context>
<context>
    <name>sd::RolesPanel</name>
    <message>
        <location filename="../views/panels/rolespanel.cpp" line="+20"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Role…</source>
        <translation>创建角色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Role…</source>
        <translation>删除角色…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a role that can be given to users and groups on projects</source>
        <translation>创建可在项目上授予用户和用户组的角色</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Built-in roles (admin, member, reader) cannot be deleted</source>
        <translation>内置角色（admin、member、reader）无法删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected roles and every assignment of them</source>
        <translation>删除所选角色及其所有分配</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Delete Role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Delete Roles</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 roles: %2?</source>
        <translation>删除 %1 个角色：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users and groups that hold it lose it on every project.</source>
        <translation>拥有该角色的用户和用户组将在所有项目上失去该角色。</translation>
    </message>
</context>
<context>
    <name>sd::SimulatedState</name>
    <message>
        <location filename="../engine/hosts/simulatedstate.cpp" line="+22"/>
        <source>storage pool: %1</source>
        <translation>存储池：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storage pool %1: %2</source>
        <translation>存储池 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network %1: %2</source>
        <translation>网络 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>domain: %1</source>
        <translation>虚拟机：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>domain %1: %2</source>
        <translation>虚拟机 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::SystemInfoPanel</name>
    <message>
        <location filename="../views/panels/systeminfopanel.cpp" line="+16"/>
        <source>Admin › System</source>
        <translation>管理员 › 系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System Information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compute services: one per host, with what its libvirt reports.</source>
        <translation>计算服务：每台主机一个，显示其 libvirt 上报的信息。</translation>
    </message>
</context>
<context>
    <name>sd::TaskDock</name>
    <message>
        <location filename="../views/widgets/taskdock.cpp" line="+18"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No tasks yet. Work that touches a host (adding or removing one) shows its progress here.</source>
        <translation>暂无任务。涉及主机的操作（添加或移除主机）会在此显示进度。</translation>
    </message>
</context>
<context>
    <name>sd::TaskModel</name>
    <message>
        <location filename="../views/models/taskmodel.cpp" line="+60"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase / Error</source>
        <translation>阶段 / 错误</translation>
    </message>
</context>
<context>
    <name>sd::TaskRunner</name>
    <message>
        <location filename="../engine/tasks/taskrunner.cpp" line="+89"/>
        <source>Task has no work</source>
        <translation>任务没有可执行的工作</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Task %1: no such task</source>
        <translation>任务 %1：不存在该任务</translation>
    </message>
</context>
<context>
    <name>sd::TenantCombo</name>
    <message>
        <location filename="../views/dialogs/tenantcombo.cpp" line="+11"/>
        <source>No primary project</source>
        <translation>无主项目</translation>
    </message>
</context>
<context>
    <name>sd::Units</name>
    <message>
        <location filename="../views/units.cpp" line="+20"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>sd::UsageDonut</name>
    <message>
        <location filename="../views/widgets/usagedonut.cpp" line="+75"/>
        <source>Used %1 of %2</source>
        <translation>已使用 %1，共 %2</translation>
    </message>
</context>
<context>
    <name>sd::UserActions</name>
    <message>
        <location filename="../views/panels/useractions.cpp" line="+21"/>
        <source>Create User…</source>
        <translation>创建用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit User…</source>
        <translation>编辑用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable User</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable User</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete User…</source>
        <translation>删除用户…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a user with a password, a primary project and a role on it</source>
        <translation>创建用户，并设置密码、主项目及其在主项目上的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, email, description or primary project of the user</source>
        <translation>修改用户的名称、电子邮件、描述或主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the user; the user&apos;s sessions end</source>
        <translation>为用户设置新密码；该用户的会话将结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected users sign in again</source>
        <translation>允许所选用户重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected users from signing in; their sessions end at once</source>
        <translation>阻止所选用户登录；其会话将立即结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected users and their role assignments</source>
        <translation>删除所选用户及其角色分配</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>Delete User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Delete Users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete user %1?</source>
        <translation>删除用户 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 users: %2?</source>
        <translation>删除 %1 个用户：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their role assignments and group memberships go with them. This action cannot be undone.</source>
        <translation>其角色分配和用户组成员关系将一并删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::UserModel</name>
    <message>
        <location filename="../views/models/usermodel.cpp" line="+43"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>sd::UserPasswordDialog</name>
    <message>
        <location filename="../views/dialogs/userpassworddialog.cpp" line="+15"/>
        <source>Change Password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is signed out everywhere and signs in again with the new password.</source>
        <translation>%1 将在所有位置退出登录，需使用新密码重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Password *</source>
        <translation>确认密码 *</translation>
    </message>
</context>
<context>
    <name>sd::UserService</name>
    <message>
        <location filename="../engine/identity/userservice.cpp" line="+40"/>
        <source>Email &apos;%1&apos;: not an email address</source>
        <translation>电子邮件 &apos;%1&apos;：不是有效的电子邮件地址</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Minimum password length %1: must be 1 to 128</source>
        <translation>最小密码长度 %1：必须在 1 到 128 之间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password: too short (%1 characters); use at least %2</source>
        <translation>密码：太短（%1 个字符）；至少需要 %2 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: longer than 1024 characters</source>
        <translation>密码：超过 1024 个字符</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+60"/>
        <location line="+88"/>
        <location line="+29"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+59"/>
        <source>User description</source>
        <translation>用户描述</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot hash the password (libsodium failed)</source>
        <translation>无法对密码进行哈希（libsodium 出错）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>User name &apos;%1&apos; is already used; choose another name</source>
        <translation>用户名 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+64"/>
        <source>Primary project &apos;%1&apos;: no such project</source>
        <translation>主项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable user %1: you cannot disable yourself</source>
        <translation>禁用用户 %1：您不能禁用自己</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disable user %1</source>
        <translation>禁用用户 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete user %1: you cannot delete yourself</source>
        <translation>删除用户 %1：您不能删除自己</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete user %1</source>
        <translation>删除用户 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Current password: does not match; your password was not changed</source>
        <translation>当前密码：不匹配；您的密码未修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password: the same as the current one; choose a new password</source>
        <translation>新密码：与当前密码相同；请选择新的密码</translation>
    </message>
</context>
<context>
    <name>sd::UserSettingsPanel</name>
    <message>
        <location filename="../views/panels/usersettingspanel.cpp" line="+15"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User Settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset window layout</source>
        <translation>重置窗口布局</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language applies the next time StackDesk starts.</source>
        <translation>语言设置将在下次启动 StackDesk 时生效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tables show every row, so filters and counts cover all of them. This is how many rows Page Up / Page Down and a click in the scroll bar move by.</source>
        <translation>表格显示所有行，因此过滤和计数涵盖全部行。此值决定按 Page Up / Page Down 或点击滚动条时移动的行数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many lines of an instance&apos;s console log to show at first.</source>
        <translation>初始显示的云主机控制台日志行数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables show every row; a page is how far Page Up and Page Down scroll.</source>
        <translation>表格显示所有行；一页即按 Page Up 和 Page Down 时滚动的距离。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much of an instance&apos;s console log its Log tab shows at first.</source>
        <translation>云主机的“日志”选项卡初始显示的控制台日志量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puts the window size and the Tasks dock back where they started.</source>
        <translation>将窗口大小和“任务”停靠面板恢复到初始位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items Per Page</source>
        <translation>每页条目数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log Lines Per Instance</source>
        <translation>每台云主机的日志行数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window layout</source>
        <translation>窗口布局</translation>
    </message>
</context>
<context>
    <name>sd::UsersPanel</name>
    <message>
        <location filename="../views/panels/userspanel.cpp" line="+17"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role Assignments</source>
        <translation>角色分配</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Role Assignments of %1</source>
        <translation>%1 的角色分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role Assignments (select one user)</source>
        <translation>角色分配（请选择一个用户）</translation>
    </message>
</context>
<context>
    <name>sd::cli::ActionLogCommands</name>
    <message>
        <location filename="../app/cli/commands/actionlogcommands.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Kind</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target ID</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>show the N most recent entries (default: %1)</source>
        <translation>显示最近的 N 条记录（默认：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List recent actions: who did what, when, and how it ended</source>
        <translation>列出最近的操作：谁在何时做了什么，以及结果如何</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit: &apos;%1&apos; must be 1 or more</source>
        <translation>--limit：&apos;%1&apos; 必须大于或等于 1</translation>
    </message>
</context>
<context>
    <name>sd::cli::ArgumentParser</name>
    <message>
        <location filename="../app/cli/argumentparser.cpp" line="+90"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: missing value %2</source>
        <translation>%1：缺少值 %2</translation>
    </message>
</context>
<context>
    <name>sd::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+24"/>
        <source>no password for user %1: give --os-password or set OS_PASSWORD</source>
        <translation>用户 %1 没有密码：请指定 --os-password 或设置 OS_PASSWORD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Created the administrator &apos;admin&apos; with password %1 (also in %2/README.txt)</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1（同时保存在 %2/README.txt 中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the administrator &apos;admin&apos; with password %1; keep it safe, it is shown only once</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1；请妥善保管，该密码仅显示一次</translation>
    </message>
</context>
<context>
    <name>sd::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+56"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing command, e.g. stackctl host list</source>
        <translation>缺少命令，例如 stackctl host list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos;: missing verb; choose %2</source>
        <translation>&apos;%1&apos;：缺少动作；请选择 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>missing option %1 %2</source>
        <translation>缺少选项 %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>运行 &apos;%1&apos; 查看用法。</translation>
    </message>
</context>
<context>
    <name>sd::cli::FlavorCommands</name>
    <message>
        <location filename="../app/cli/commands/flavorcommands.cpp" line="+49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Project IDs</source>
        <translation>可访问项目 ID</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>what the flavor is for</source>
        <translation>云主机类型的用途</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+68"/>
        <source>flavor name or ID</source>
        <translation>云主机类型名称或 ID</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Create a flavor (administrators only)</source>
        <translation>创建云主机类型（仅管理员）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flavor&apos;s ID (default: a new UUID)</source>
        <translation>云主机类型的 ID（默认：新的 UUID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual CPUs (default 1)</source>
        <translation>虚拟 CPU 数（默认 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory in MB (default 256; at least %1)</source>
        <translation>内存，单位 MB（默认 256；至少 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root disk in GB (default 0)</source>
        <translation>根磁盘，单位 GB（默认 0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ephemeral disk in GB (default 0)</source>
        <translation>临时磁盘，单位 GB（默认 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swap in MB (default 0)</source>
        <translation>交换空间，单位 MB（默认 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project may use it (the default)</source>
        <translation>所有项目都可使用（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the projects given with --project may use it</source>
        <translation>只有用 --project 指定的项目可以使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project that may use the private flavor (repeatable)</source>
        <translation>可以使用该私有云主机类型的项目（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>an extra spec to set (repeatable)</source>
        <translation>要设置的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>name of the new flavor</source>
        <translation>新云主机类型的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the flavors you may use: public ones and private ones shared with your project</source>
        <translation>列出你可以使用的云主机类型：公共的以及共享给你的项目的私有类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also show swap, properties and description</source>
        <translation>同时显示交换空间、属性和描述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one flavor</source>
        <translation>显示一个云主机类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a flavor&apos;s properties or description, or give a project access to a private one</source>
        <translation>设置云主机类型的属性或描述，或授予项目访问私有类型的权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a project to give access to the private flavor</source>
        <translation>要授予该私有云主机类型访问权限的项目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove properties from a flavor, or a project&apos;s access to a private one</source>
        <translation>移除云主机类型的属性，或收回项目对私有类型的访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra spec to remove (repeatable)</source>
        <translation>要移除的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project to take access to the private flavor from</source>
        <translation>要收回该私有云主机类型访问权限的项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete flavors; instances that use one keep their copy</source>
        <translation>删除云主机类型；正在使用它的云主机保留各自的副本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--property: &apos;%1&apos; is not KEY=VALUE</source>
        <translation>--property：&apos;%1&apos; 不是 KEY=VALUE 形式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--vcpus: &apos;%1&apos; is out of range</source>
        <translation>--vcpus：&apos;%1&apos; 超出范围</translation>
    </message>
</context>
<context>
    <name>sd::cli::GlobalOptions</name>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="+9"/>
        <source>show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the demo lab (created on first use)</source>
        <translation>使用演示环境（首次使用时创建）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data dir (default: $STACKDESK_DATA_DIR, else $XDG_DATA_HOME/stackdesk)</source>
        <translation>数据目录（默认：$STACKDESK_DATA_DIR，未设置时为 $XDG_DATA_HOME/stackdesk）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log in as USER (env OS_USERNAME)</source>
        <translation>以 USER 身份登录（环境变量 OS_USERNAME）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user&apos;s password (env OS_PASSWORD)</source>
        <translation>用户的密码（环境变量 OS_PASSWORD）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project to work in (env OS_PROJECT_NAME)</source>
        <translation>要在其中工作的项目（环境变量 OS_PROJECT_NAME）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format: %1 (default: table)</source>
        <translation>输出格式：%1（默认：table）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print only this column (by header or key); repeat for more</source>
        <translation>仅输出此列（按列标题或键名）；可重复使用以输出多列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir: empty path; name a folder</source>
        <translation>--data-dir：路径为空；请指定一个文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-f/--format: &apos;%1&apos; is not a format; choose %2</source>
        <translation>-f/--format：&apos;%1&apos; 不是有效的格式；请选择 %2</translation>
    </message>
</context>
<context>
    <name>sd::cli::GroupCommands</name>
    <message>
        <location filename="../app/cli/commands/groupcommands.cpp" line="+26"/>
        <source>group name or ID</source>
        <translation>用户组名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the group is for</source>
        <translation>用户组的用途</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>new group name</source>
        <translation>新的用户组名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a group of users</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new group</source>
        <translation>新用户组的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List groups</source>
        <translation>列出用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one group with its members</source>
        <translation>显示单个用户组及其成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a group or change its description</source>
        <translation>重命名用户组或修改其描述</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete a group; its members lose the roles they held through it</source>
        <translation>删除用户组；其成员将失去通过它获得的角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a user to a group</source>
        <translation>将用户添加到用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a user from a group</source>
        <translation>将用户从用户组中移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check whether a user is in a group (exit 0 if so, 1 if not)</source>
        <translation>检查用户是否在用户组中（是则退出码为 0，否则为 1）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 not in group %2</source>
        <translation>%1 不在用户组 %2 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in group %2</source>
        <translation>%1 在用户组 %2 中</translation>
    </message>
</context>
<context>
    <name>sd::cli::HelpPrinter</name>
    <message>
        <location filename="../app/cli/helpprinter.cpp" line="+57"/>
        <source>usage: stackctl [--demo | --data-dir DIR] [--os-username USER --os-password PASSWORD --os-project-name PROJECT]
                [-f table|json|yaml|csv|value] [-c COLUMN ...] &lt;resource&gt; &lt;verb&gt; [args]

The StackDesk command line: manage a private cloud of libvirt hosts.
Global options may also follow the command, e.g. stackctl host list -f json.

Global options:
</source>
        <translation>用法：stackctl [--demo | --data-dir DIR] [--os-username USER --os-password PASSWORD --os-project-name PROJECT]
               [-f table|json|yaml|csv|value] [-c COLUMN ...] &lt;resource&gt; &lt;verb&gt; [args]

StackDesk 命令行工具：管理由 libvirt 主机组成的私有云。
全局选项也可以放在命令之后，例如 stackctl host list -f json。

全局选项：
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Commands:
</source>
        <translation>
命令：
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Run &apos;stackctl &lt;resource&gt; &lt;verb&gt; --help&apos; for the options of one command.
</source>
        <translation>
运行 &apos;stackctl &lt;resource&gt; &lt;verb&gt; --help&apos; 查看单个命令的选项。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: stackctl %1 &lt;verb&gt; [args]

Commands:
</source>
        <translation>用法：stackctl %1 &lt;verb&gt; [args]

命令：
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Run &apos;stackctl %1 &lt;verb&gt; --help&apos; for the options of one command.
</source>
        <translation>
运行 &apos;stackctl %1 &lt;verb&gt; --help&apos; 查看单个命令的选项。
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: %1

%2
</source>
        <translation>用法：%1

%2
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Arguments:
</source>
        <translation>
参数：
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Columns (-c): %1
</source>
        <translation>
列（-c）：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Global options (-f, -c, --demo, --data-dir, --os-*): see &apos;stackctl --help&apos;.
</source>
        <translation>
全局选项（-f、-c、--demo、--data-dir、--os-*）：参见 &apos;stackctl --help&apos;。
</translation>
    </message>
</context>
<context>
    <name>sd::cli::HostColumns</name>
    <message>
        <location filename="../app/cli/commands/hostcolumns.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled Reason</source>
        <translation>禁用原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs Used</source>
        <translation>已用 vCPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory MB</source>
        <translation>内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory Used MB</source>
        <translation>已用内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free Memory MB</source>
        <translation>可用内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk GB</source>
        <translation>磁盘 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Used GB</source>
        <translation>已用磁盘 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running Domains</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU Model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor Type</source>
        <translation>虚拟机管理器类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor Version</source>
        <translation>虚拟机管理器版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt Version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU Allocation Ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM Allocation Ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Allocation Ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved Host Memory MB</source>
        <translation>主机预留内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved Host Disk MB</source>
        <translation>主机预留磁盘 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>sd::cli::HostCommands</name>
    <message>
        <location filename="../app/cli/commands/hostcommands.cpp" line="+28"/>
        <source>host name or ID</source>
        <translation>主机名或 ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>availability zone (default: nova)</source>
        <translation>可用域（默认：nova）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCPUs per physical CPU (default: 16.0)</source>
        <translation>每个物理 CPU 对应的 vCPU 数（默认：16.0）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM overcommit (default: 1.5)</source>
        <translation>内存超分比（默认：1.5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk overcommit (default: 1.0)</source>
        <translation>磁盘超分比（默认：1.0）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM in MB kept for the host itself (default: 512)</source>
        <translation>为主机自身保留的内存（MB，默认：512）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk in MB kept for the host itself (default: 0)</source>
        <translation>为主机自身保留的磁盘（MB，默认：0）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>libvirt URI, e.g. qemu+ssh://root@host/system or test:///default</source>
        <translation>libvirt URI，例如 qemu+ssh://root@host/system 或 test:///default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove even if the host is down and cannot be checked</source>
        <translation>即使主机离线、无法检查也强制移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why the host is disabled, shown with it</source>
        <translation>禁用主机的原因，会与主机一起显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new host name</source>
        <translation>新的主机名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List hosts with their state and capacity</source>
        <translation>列出主机及其状态和容量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one host in detail</source>
        <translation>显示单台主机的详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a libvirt host; it is stored only once libvirt answers</source>
        <translation>添加 libvirt 主机；仅在 libvirt 响应后才会保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new host, e.g. compute-4</source>
        <translation>新主机的名称，例如 compute-4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a host; refused while StackDesk&apos;s domains are on it</source>
        <translation>移除主机；主机上仍有 StackDesk 创建的虚拟机时将拒绝移除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the scheduler place instances on a host</source>
        <translation>允许调度器将云主机放置到某台主机上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the scheduler away from a host</source>
        <translation>禁止调度器将云主机放置到某台主机上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a host&apos;s name, zone, ratios or reserves</source>
        <translation>修改主机的名称、可用域、超分比或预留资源</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>host set: nothing to change; give at least one of --%1</source>
        <translation>host set：没有要修改的内容；请至少指定 --%1 中的一项</translation>
    </message>
</context>
<context>
    <name>sd::cli::IdentityOptions</name>
    <message>
        <location filename="../app/cli/commands/identityoptions.cpp" line="+11"/>
        <source>enable it (the default for a new one)</source>
        <translation>启用（新建时的默认值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable it: no one can log in with it</source>
        <translation>禁用：任何人都无法以此登录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the user&apos;s password (visible to other local users in the process list; prefer --password-prompt)</source>
        <translation>用户的密码（本机其他用户可在进程列表中看到；建议改用 --password-prompt）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask for the password twice, without echo (reads stdin when it is not a terminal)</source>
        <translation>输入两次密码，不回显（非终端时从 stdin 读取）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 and --%2 exclude each other; give one</source>
        <translation>--%1 和 --%2 互斥；请只指定其一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--password or --password-prompt is required</source>
        <translation>必须指定 --password 或 --password-prompt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Password: </source>
        <translation>用户密码： </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat User Password: </source>
        <translation>再次输入用户密码： </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: nothing to change; give at least one of --%2</source>
        <translation>%1：没有要修改的内容；请至少指定 --%2 中的一项</translation>
    </message>
</context>
<context>
    <name>sd::cli::OutputFormatter</name>
    <message>
        <location filename="../app/cli/outputformatter.cpp" line="+74"/>
        <source>-c/--column: this command prints no columns</source>
        <translation>-c/--column：此命令不输出任何列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>-c/--column: no column &apos;%1&apos;; choose from %2</source>
        <translation>-c/--column：没有名为 &apos;%1&apos; 的列；请从 %2 中选择</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>sd::cli::ParsedArgs</name>
    <message>
        <location filename="../app/cli/argumentparser.cpp" line="-60"/>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1：&apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1：&apos;%2&apos; 不是整数</translation>
    </message>
</context>
<context>
    <name>sd::cli::PasswordPrompt</name>
    <message>
        <location filename="../app/cli/passwordprompt.cpp" line="+93"/>
        <source>no password given: standard input ended at the prompt &apos;%1&apos;</source>
        <translation>未提供密码：在提示 &apos;%1&apos; 处标准输入已结束</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passwords do not match; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
</context>
<context>
    <name>sd::cli::ProjectCommands</name>
    <message>
        <location filename="../app/cli/commands/projectcommands.cpp" line="+29"/>
        <source>what the project is for</source>
        <translation>项目的用途</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+36"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>only the projects you hold a role on (admins otherwise see all)</source>
        <translation>仅列出您拥有角色的项目（否则管理员可看到全部项目）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new project name</source>
        <translation>新的项目名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a project (a tenant with its own quota)</source>
        <translation>创建项目（拥有独立配额的租户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new project</source>
        <translation>新项目的名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List projects: all for admins, else those you hold a role on</source>
        <translation>列出项目：管理员可看到全部，其他用户只能看到自己拥有角色的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one project</source>
        <translation>显示单个项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a project, change its description, enable or disable it</source>
        <translation>重命名项目、修改其描述，或启用/禁用项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete projects; refused while one owns resources or holds the last administrator</source>
        <translation>删除项目；项目仍拥有资源或包含最后一个管理员时将被拒绝</translation>
    </message>
</context>
<context>
    <name>sd::cli::QuotaCommands</name>
    <message>
        <location filename="../app/cli/commands/quotacommands.cpp" line="+50"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>limit of %1 (-1: unlimited; default %2)</source>
        <translation>%1 的限额（-1：无限制；默认 %2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show a project&apos;s limits and what it uses</source>
        <translation>显示项目的限额及用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the system defaults that projects without their own limit get</source>
        <translation>显示未单独设置限额的项目所使用的系统默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project name or ID (default: the project you work in)</source>
        <translation>项目名称或 ID（默认：当前工作的项目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a project&apos;s limits, or with --default the system defaults</source>
        <translation>设置项目的限额，或使用 --default 设置系统默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the system defaults instead of one project&apos;s</source>
        <translation>设置系统默认值，而非单个项目的限额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give PROJECT or --default, not both</source>
        <translation>请指定 PROJECT 或 --default，不能同时指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing argument PROJECT (or --default for the system defaults)</source>
        <translation>缺少参数 PROJECT（或使用 --default 设置系统默认值）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quota set: nothing to change; give at least one of %1</source>
        <translation>quota set：没有要修改的内容；请至少指定 %1 中的一项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>sd::cli::RoleCommands</name>
    <message>
        <location filename="../app/cli/commands/rolecommands.cpp" line="+26"/>
        <source>role name or ID</source>
        <translation>角色名称或 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built In</source>
        <translation>是否内置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group name or ID</source>
        <translation>用户组名称或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only this user&apos;s roles (name or ID)</source>
        <translation>仅列出此用户的角色（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only roles on this project (name or ID)</source>
        <translation>仅列出此项目上的角色（名称或 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show names instead of IDs</source>
        <translation>显示名称而非 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list group roles as roles of each member, as the members hold them</source>
        <translation>将用户组的角色按每个成员列出，即成员实际拥有的角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the new role</source>
        <translation>新角色的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List roles</source>
        <translation>列出角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a role; the built-in admin, member and reader stay</source>
        <translation>删除角色；内置的 admin、member 和 reader 不可删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a user or a group a role on a project</source>
        <translation>为用户或用户组授予项目上的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a role on a project from a user or a group</source>
        <translation>撤销用户或用户组在项目上的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List who holds which role on which project</source>
        <translation>列出谁在哪个项目上拥有哪个角色</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--user or --group is required: who gets or loses the role</source>
        <translation>必须指定 --user 或 --group：即获得或失去该角色的对象</translation>
    </message>
</context>
<context>
    <name>sd::cli::TokenCommands</name>
    <message>
        <location filename="../app/cli/commands/tokencommands.cpp" line="+26"/>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project_id</source>
        <translation>project_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in with --os-username/--os-password/--os-project-name and print the token</source>
        <translation>使用 --os-username/--os-password/--os-project-name 登录并输出令牌</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>token issue: no credentials; give --os-username and --os-password (or OS_USERNAME and OS_PASSWORD)</source>
        <translation>token issue：没有凭据；请指定 --os-username 和 --os-password（或 OS_USERNAME 和 OS_PASSWORD）</translation>
    </message>
</context>
<context>
    <name>sd::cli::UserCommands</name>
    <message>
        <location filename="../app/cli/commands/usercommands.cpp" line="+45"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Project ID</source>
        <translation>默认项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the user&apos;s email address</source>
        <translation>用户的电子邮件地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a description of the user</source>
        <translation>用户的描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default project, used when logging in without a project (gives no role there)</source>
        <translation>默认项目，登录时未指定项目则使用（不会在该项目上授予角色）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>only users with a role on this project (directly or by group)</source>
        <translation>仅列出在此项目上拥有角色的用户（直接或通过用户组）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new user name</source>
        <translation>新的用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your current password (asked when omitted)</source>
        <translation>您的当前密码（省略时提示输入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new password (asked twice when omitted)</source>
        <translation>新密码（省略时提示输入两次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new user</source>
        <translation>新用户的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List users (admins only)</source>
        <translation>列出用户（仅限管理员）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one user; non-admins may show only themselves</source>
        <translation>显示单个用户；非管理员只能查看自己</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a user&apos;s name, password, email, description, default project or state</source>
        <translation>修改用户的名称、密码、电子邮件、描述、默认项目或状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete users; refused for yourself and for the last administrator</source>
        <translation>删除用户；不能删除自己或最后一个管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your own password; ends your sessions</source>
        <translation>修改您自己的密码；您的会话将结束</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Current Password: </source>
        <translation>当前密码： </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat New Password: </source>
        <translation>再次输入新密码： </translation>
    </message>
</context>
</TS>
