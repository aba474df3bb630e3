/** Every string of the demo app and its guides, in one language. */
export interface DemoCopy {
  readonly product: string;
  readonly nav: {
    readonly label: string;
    readonly projects: string;
    readonly settings: string;
    readonly billing: string;
  };
  readonly projects: {
    readonly title: string;
    readonly create: string;
    readonly exportReport: string;
    readonly exported: string;
    readonly empty: string;
    readonly listLabel: string;
  };
  readonly newProject: {
    readonly title: string;
    readonly name: string;
    readonly template: string;
    readonly templates: readonly string[];
    readonly submit: string;
    readonly cancel: string;
  };
  readonly settings: {
    readonly title: string;
    readonly teamTitle: string;
    readonly email: string;
    readonly invite: string;
    readonly invited: (email: string) => string;
  };
  readonly billing: {
    readonly title: string;
    readonly current: (plan: string) => string;
    readonly plans: readonly { readonly name: string; readonly price: string }[];
  };
  readonly guides: {
    readonly tourProjects: readonly [string, string];
    readonly tourCreate: readonly [string, string];
    readonly tourName: readonly [string, string];
    readonly tourPlans: readonly [string, string];
    readonly tourTeam: readonly [string, string];
    readonly tourInvite: readonly [string, string];
    readonly checklistTitle: string;
    readonly checklistDescription: string;
    readonly itemTour: string;
    readonly itemProject: string;
    readonly itemInvite: string;
    readonly itemBilling: string;
    readonly itemExport: string;
    readonly exportHint: readonly [string, string];
    readonly inviteHint: readonly [string, string];
    readonly release: readonly [string, string, string];
    readonly session: readonly [string, string, string, string];
    readonly training: readonly [string, string, string, string];
    /** The NPS question and its thank-you. */
    readonly nps: readonly [string, string];
    /** The specialist's invitation after a low score: title, body, call to action. */
    readonly npsFollowUp: readonly [string, string, string];
  };
}

const en: DemoCopy = {
  product: 'Acme Projects',
  nav: { label: 'Main', projects: 'Projects', settings: 'Settings', billing: 'Billing' },
  projects: {
    title: 'Projects',
    create: 'New project',
    exportReport: 'Export report',
    exported: 'Report exported as CSV.',
    empty: 'No projects yet. Create one to get started.',
    listLabel: 'Your projects',
  },
  newProject: {
    title: 'New project',
    name: 'Project name',
    template: 'Template',
    templates: ['Blank', 'Marketing launch', 'Product roadmap'],
    submit: 'Create project',
    cancel: 'Cancel',
  },
  settings: {
    title: 'Settings',
    teamTitle: 'Team',
    email: 'Teammate’s email',
    invite: 'Send invitation',
    invited: (email) => `Invitation sent to ${email}.`,
  },
  billing: {
    title: 'Billing',
    current: (plan) => `You are on the ${plan} plan.`,
    plans: [
      { name: 'Free', price: '$0' },
      { name: 'Pro', price: '$12 per seat' },
      { name: 'Enterprise', price: 'Talk to us' },
    ],
  },
  guides: {
    tourProjects: ['Your projects', 'Everything you work on lives here.'],
    tourCreate: ['Start your first project', 'Press New project: it takes a minute.'],
    tourName: ['Name it', 'Give it a name, pick a template, and create it.'],
    tourPlans: ['When you need more', 'See what Pro adds before your trial ends.'],
    tourTeam: ['Bring your team', 'Projects are better shared. Open Settings to invite people.'],
    tourInvite: ['Invite a teammate', 'Type an email address and send the invitation.'],
    checklistTitle: 'Get started',
    checklistDescription: 'Five steps to a working team space.',
    itemTour: 'Take the tour',
    itemProject: 'Create a project',
    itemInvite: 'Invite a teammate',
    itemBilling: 'Review your plan',
    itemExport: 'Export a report',
    exportHint: ['Export a report', 'Download any project as CSV or PDF in one click.'],
    inviteHint: ['Invite your team', 'Everyone you invite sees your projects.'],
    release: [
      'New: scheduled reports',
      'Send a report to your team every Monday, with no one pressing Export.',
      'Schedule one',
    ],
    session: [
      'Meet your onboarding specialist',
      'Book a 45-minute session: we set up your workspace with you.',
      'Book a session',
      'Email your account manager',
    ],
    training: [
      'Acme in 12 minutes: the video course',
      'Four short videos for your team, and a live class every Thursday.',
      'Watch the course',
      'The first frame of the video course',
    ],
    nps: [
      'How likely are you to recommend Acme to a colleague?',
      'Thank you! Every score is read by the team.',
    ],
    npsFollowUp: [
      'Can we do better for you?',
      'Thank you for your honest score. Your specialist would like to hear what would make Acme work better for your team.',
      'Book 30 minutes with your specialist',
    ],
  },
};

const ja: DemoCopy = {
  product: 'Acme プロジェクト',
  nav: { label: 'メイン', projects: 'プロジェクト', settings: '設定', billing: '請求' },
  projects: {
    title: 'プロジェクト',
    create: '新規プロジェクト',
    exportReport: 'レポートを書き出す',
    exported: 'レポートを CSV で書き出しました。',
    empty: 'プロジェクトはまだありません。作成して始めましょう。',
    listLabel: 'あなたのプロジェクト',
  },
  newProject: {
    title: '新規プロジェクト',
    name: 'プロジェクト名',
    template: 'テンプレート',
    templates: ['空のプロジェクト', 'マーケティング施策', 'プロダクトロードマップ'],
    submit: 'プロジェクトを作成',
    cancel: 'キャンセル',
  },
  settings: {
    title: '設定',
    teamTitle: 'チーム',
    email: 'メンバーのメールアドレス',
    invite: '招待を送る',
    invited: (email) => `${email} に招待を送りました。`,
  },
  billing: {
    title: '請求',
    current: (plan) => `現在のプラン: ${plan}`,
    plans: [
      { name: 'Free', price: '0 円' },
      { name: 'Pro', price: '1 席 1,800 円' },
      { name: 'Enterprise', price: 'お問い合わせ' },
    ],
  },
  guides: {
    tourProjects: ['プロジェクト', '作業はすべてここにまとまります。'],
    tourCreate: ['最初のプロジェクト', '「新規プロジェクト」を押してください。1 分で終わります。'],
    tourName: ['名前を付ける', '名前とテンプレートを選んで作成します。'],
    tourPlans: ['もっと使うときは', 'トライアル終了前に Pro の機能を確かめましょう。'],
    tourTeam: ['チームを招く', 'プロジェクトは共有してこそ。設定からメンバーを招待できます。'],
    tourInvite: ['メンバーを招待', 'メールアドレスを入力して招待を送ります。'],
    checklistTitle: 'はじめに',
    checklistDescription: 'チームで使い始めるまでの 5 ステップ。',
    itemTour: 'ツアーを見る',
    itemProject: 'プロジェクトを作成する',
    itemInvite: 'メンバーを招待する',
    itemBilling: 'プランを確認する',
    itemExport: 'レポートを書き出す',
    exportHint: ['レポートを書き出す', 'どのプロジェクトもワンクリックで CSV か PDF にできます。'],
    inviteHint: ['チームを招待', '招待したメンバーはプロジェクトを見られます。'],
    release: [
      '新機能: レポートの定期送信',
      '毎週月曜にチームへレポートを自動で送れます。',
      '設定する',
    ],
    session: [
      'オンボーディング担当者との面談',
      '45 分のセッションで、ワークスペースを一緒に設定します。',
      '面談を予約',
      '担当者にメール',
    ],
    training: [
      '12 分でわかる Acme: 動画講座',
      'チーム向けの短い動画 4 本と、毎週木曜のライブ講座。',
      '講座を見る',
      '動画講座の最初の場面',
    ],
    nps: [
      'Acme を同僚に勧める可能性はどのくらいありますか？',
      'ありがとうございました。すべての回答をチームが読んでいます。',
    ],
    npsFollowUp: [
      'もっとお役に立てますか？',
      '率直な評価をありがとうございます。担当者が、チームにとって Acme をより良くする方法を伺いたいと考えています。',
      '担当者と 30 分話す',
    ],
  },
};

/** The demo's strings in English and Japanese. */
export const DEMO_COPY: Readonly<Record<'en' | 'ja', DemoCopy>> = { en, ja };
