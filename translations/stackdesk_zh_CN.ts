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
        <location filename="../app/gui/main.cpp" line="+24"/>
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
        <location line="+9"/>
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
        <location filename="../engine/store/database.cpp" line="+118"/>
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
    <name>sd::DemoLab</name>
    <message>
        <location filename="../engine/demo/demolab.cpp" line="+32"/>
        <source>Demo lab: cannot write %1</source>
        <translation>演示环境：无法写入 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>StackDesk demo lab

Simulated hosts (libvirt&apos;s test driver): compute-1 and compute-2 in zone-a, compute-3 in zone-b.

Administrator: user admin, project admin, password %1

Delete this folder to start the demo lab afresh.
</source>
        <translation>StackDesk 演示环境

模拟主机（libvirt 的 test 驱动）：compute-1 和 compute-2 位于 zone-a，compute-3 位于 zone-b。

管理员：用户 admin，项目 admin，密码 %1

删除此文件夹即可重新开始演示环境。
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
    <name>sd::FilterEdit</name>
    <message>
        <location filename="../views/widgets/filteredit.cpp" line="+12"/>
        <source>Filter</source>
        <translation>过滤</translation>
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
        <source>About StackDesk</source>
        <translation>关于 StackDesk</translation>
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
        <location filename="../views/panels/hostactions.cpp" line="+21"/>
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
        <location line="+114"/>
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
        <location line="+35"/>
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
        <location filename="../engine/identity/identitystore.cpp" line="+30"/>
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
        <source>Bootstrap project for the cloud administrator</source>
        <translation>云管理员的初始项目</translation>
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
        <location line="+16"/>
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
    <name>sd::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+41"/>
        <source>StackDesk — demo lab</source>
        <translation>StackDesk — 演示环境</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>StackDesk</source>
        <translation>StackDesk</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System Information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User Settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+56"/>
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
    <name>sd::Policy</name>
    <message>
        <location filename="../engine/identity/policy.cpp" line="+16"/>
        <source>%1: you are not logged in</source>
        <translation>%1：您尚未登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no policy rule allows this action</source>
        <translation>%1：没有允许此操作的策略规则</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not allowed for user %2 in project %3</source>
        <translation>%1：不允许项目 %3 中的用户 %2 执行此操作</translation>
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
        <location line="+27"/>
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
    <name>sd::UserSettingsPanel</name>
    <message>
        <location filename="../views/panels/usersettingspanel.cpp" line="+14"/>
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
        <location line="+4"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language applies the next time StackDesk starts.</source>
        <translation>语言设置将在下次启动 StackDesk 时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Window layout</source>
        <translation>窗口布局</translation>
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
        <location filename="../app/cli/clicontext.cpp" line="+43"/>
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
        <location line="+10"/>
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
        <location line="+14"/>
        <source>-f/--format: &apos;%1&apos; is not a format; choose %2</source>
        <translation>-f/--format：&apos;%1&apos; 不是有效的格式；请选择 %2</translation>
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
        <location line="+30"/>
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
</TS>
