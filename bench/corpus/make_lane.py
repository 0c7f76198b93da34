#!/usr/bin/env python3
"""Generate bench/corpus/lane/ (train) and bench/corpus/lane_heldout/ (heldout) from disjoint pools.

Standard library only, fixed seed, imports nothing from the project.
    python3 bench/corpus/make_lane.py          # rewrite both folders, check, print counts
    python3 bench/corpus/make_lane.py --check  # only check
The reply's own words are wrapped in marks ⟦…⟧; they are removed from the message and become expected_reply.
"""
import base64, csv, email, email.policy, hashlib, html, io, os, quopri, random, re, sys
from email.header import Header
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONA = ('Анатолий Смирнов', 'anatoly@shopper.example')
Q_SHOP = ('Самовывоз сегодня', ['Здравствуйте!', 'До скольки работает пункт самовывоза? Помогите оформить заказ! '
          'Мне нужно организовать доставку сегодня.', '', 'Анатолий Смирнов'])
Q_SERV = ('Тарифы и договор', ['Добрый день!', 'Какие у вас тарифы, как заключить договор и сколько времени это '
          'займёт?', '', 'Анатолий Смирнов'])
L, R = '⟦', '⟧'
def m(s):
    return L + s + R

# ---------------------------------------------------------------- pools (A -> lane/, B -> lane_heldout/)
POOLS = {}
POOLS['A'] = dict(
    ru_shops=[('Мебельная фабрика «Кедр»', 'kedr-mebel.example.ru'), ('Цветочная лавка «Пион»', 'pion-flowers.example.ru'),
              ('Автозапчасти «Шатун»', 'shatun-auto.example.ru'), ('ТД «Полка и Ко»', 'polka-ko.example.ru'),
              ('Магазин «Рыболов-Профи»', 'rybolov-profi.example.ru'), ('Продавец на маркетплейсе «Уютный дом»', 'uyutdom-shop.example.ru'),
              ('Зоомаркет «Хвост»', 'hvost-zoo.example.ru'), ('Лакокрасочный «Колер»', 'koler-kraski.example.ru')],
    ru_servs=[('Типография «Оттиск»', 'ottisk-print.example.ru'), ('ТК «СеверТранзит»', 'severtranzit.example.ru'),
              ('CRM «Воронка»', 'voronka-crm.example.ru'), ('Клиника «МедЛиния»', 'medliniya.example.ru'),
              ('Связь-Регион (телеком)', 'svyaz-region.example.ru'), ('Онлайн-школа «Знайка Про»', 'znaika-pro.example.ru'),
              ('Эквайринг «ПэйКруг»', 'paykrug.example.ru')],
    en_shops=[('Oakline Furniture', 'oakline-furniture.example'), ('Petal & Stem', 'petalstem.example'),
              ('BoltBox Auto Parts', 'boltbox.example'), ('Harbor Tackle Co.', 'harbortackle.example')],
    en_servs=[('Ledgerly (B2B SaaS)', 'ledgerly.example'), ('Crateway Logistics', 'crateway.example'),
              ('Inkwell Print Studio', 'inkwell-print.example'), ('Northgate Clinic', 'northgate-clinic.example'),
              ('Brightpath Academy', 'brightpath.example')],
    ru_people=[('Ольга', 'Кравцова', 'менеджер по продажам'), ('Дмитрий', 'Лапин', 'старший менеджер'),
               ('Елена', 'Сорокина', 'администратор'), ('Артём', 'Гусев', 'руководитель отдела продаж'),
               ('Наталья', 'Бойко', 'специалист клиентского сервиса'), ('Игорь', 'Федотов', 'менеджер'),
               ('Марина', 'Зуева', 'менеджер по работе с клиентами'), ('Кирилл', 'Ершов', 'аккаунт-менеджер')],
    en_people=[('Megan', 'Holt', 'Customer Success Manager'), ('Tom', 'Becker', 'Sales'), ('Priya', 'Nair', 'Support Lead'),
               ('Jake', 'Morrison', 'Store Manager'), ('Laura', 'Quinn', 'Account Executive'), ('Sam', 'Ortiz', 'Ops')],
    ru_greet=['Здравствуйте, Анатолий!', 'Добрый день, Анатолий.', 'Анатолий, здравствуйте!', 'Здравствуйте.',
              'Добрый день!', 'Анатолий, доброго дня!', 'Приветствую!'],
    en_greet=['Hi Anatoly,', 'Hello Anatoly,', 'Dear Anatoly,', 'Hi there,', 'Good afternoon Anatoly,', 'Hey Anatoly!'],
    ru_open=['Спасибо, что написали нам.', 'Благодарим за обращение!', 'Рады, что выбрали нас.'],
    en_open=['Thanks for reaching out.', 'Thank you for your email!', 'Thanks for getting in touch with us.'],
    ru_frag=dict(
        open=['Пункт самовывоза на Заводской, 14 работает до 20:00 без выходных.', 'Самовывоз открыт с 9 до 21, в воскресенье до 18:00.',
              'склад выдачи работает до 19.00, по субботам до 15.00', 'Забрать можно с 10 до 20 ежедневно, адрес: ул. Лесная, 3, вход со двора.',
              'Выдача заказов работает круглосуточно, постамат у входа.'],
        order=['Заказ можете оформить на сайте или просто ответьте на это письмо списком товаров, я всё соберу сама.',
               'Давайте оформим заказ прямо здесь: пришлите артикулы и количество, я выставлю счёт.',
               'помогу оформить заказ — напишите что нужно и телефон для связи',
               'Оформить заказ можно в корзине на сайте, при оформлении выберите «Самовывоз».'],
        today=['Доставку сегодня организуем, если заказ оформлен до 14:00, курьер привезёт с 18 до 22.',
               'Сегодня доставить успеем только по городу, стоимость 450 ₽.',
               'К сожалению, доставки в тот же день у нас нет, ближайшая — завтра с утра.',
               'сегодня к сожалению уже не получится, курьеры расписаны. завтра — да'],
        price=['Тарифы: «Старт» — 1 990 ₽/мес, «Бизнес» — 4 900 ₽/мес, «Корпоративный» — от 12 000 ₽/мес.',
               'Стоимость от 35 руб. за единицу при тираже от 500 шт, скидка 10% при предоплате.',
               'Комиссия 2,3% с оборота, подключение бесплатно.', 'Прайс во вложении, базовый тариф 2 500 руб. в месяц.'],
        contract=['Договор заключаем по оферте на сайте, для юрлиц можно подписать через ЭДО (Диадок).',
                  'Для договора пришлите карточку организации, мы подготовим проект и отправим на подпись по ЭДО.',
                  'договор типовой, подписываем скан, оригиналы потом почтой'],
        time=['Всё займёт 2 рабочих дня с момента получения реквизитов.', 'Подключение занимает от 3 до 5 рабочих дней.',
              'Обычно укладываемся в 1 рабочий день.'],
    ),
    en_frag=dict(
        open=['Our pickup counter is open until 8 pm Monday to Saturday.', 'Pickup hours are 9:00–19:00 every day.',
              'The collection point at 12 Dock Road is open till 6pm today.', 'Pickup runs 24/7 from the lockers by the entrance.'],
        order=['I can place the order for you — just reply with the item numbers and quantities.',
               'You can order on the website and choose "Store pickup" at checkout, or send me the list here.',
               'happy to help with the order, send me what you need'],
        today=['Same-day delivery is available in the city if you order before 2 pm; it costs $15.',
               'Unfortunately we do not offer same-day delivery, the earliest slot is tomorrow morning.',
               'Today works — our driver goes out at 4 pm.'],
        price=['Plans start at $29/month (Starter), $79 (Team) and $199 (Business).', 'Pricing is $0.40 per label plus a $50 monthly platform fee.',
               'Standard rate is 2.5% per transaction, no setup fee.'],
        contract=['We sign a standard MSA by e-signature (DocuSign), and our public terms apply if you pay by card.',
                  'The contract is a one-page order form; I can send it over today.', 'You just accept the online agreement when signing up.'],
        time=['Onboarding usually takes 3 business days.', 'It all takes about a week end to end.', 'Same day, usually within a couple of hours.'],
    ),
    ru_close=['Хорошего дня!', 'Будем рады видеть!', 'Если что-то ещё — пишите.', 'Удачных покупок!'],
    en_close=['Hope this helps!', 'Have a great day!', 'Let me know if you need anything else.'],
    ru_val=['С уважением,', 'С уважением,', 'Всего доброго,', 'С наилучшими пожеланиями,', 'Спасибо за обращение!'],
    en_val=['Best regards,', 'Kind regards,', 'Cheers,', 'Thanks,'],
    ru_device=['Отправлено с iPhone', 'Отправлено из мобильной Почты Mail.ru'],
    en_device=['Sent from my iPhone', 'Get Outlook for Android'],
    ru_disc=['Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. '
             'Если вы получили его по ошибке, сообщите отправителю и удалите письмо.'],
    en_disc=['CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. '
             'If you received it in error, please notify the sender and delete it.'],
    ru_footer=['{co} — работаем для вас с 2009 года. www.{dom}', 'Подписывайтесь на нас ВКонтакте: vk.com/{slug}'],
    en_footer=['{co} Ltd · Registered in England and Wales · {dom}'],
    ru_redirect=[
        'По заказам и самовывозу, пожалуйста, звоните в отдел продаж: +7 (495) 123-45-67, с 9 до 18.',
        'Этот ящик для поставщиков, заказы здесь не принимаем. Напишите, пожалуйста, на zakaz@{dom}.',
        'Напишите нам в WhatsApp +7 916 555-12-34 — там быстрее ответят менеджеры.',
        'Мы продаём только через Ozon и Wildberries, ссылка на наш магазин: ozon.example.ru/seller/{slug}. Там и доставка, и пункты выдачи.',
        'Цены у нас индивидуальные, зависят от объёма. Оставьте заявку на сайте, менеджер перезвонит и всё рассчитает.',
        'Ваше письмо передала в коммерческий отдел, с вами свяжутся в ближайшее время.',
        'В вашем регионе работает наш дилер «Стройдвор», обращайтесь к ним: +7 (343) 200-11-22.',
        'Позвоните менеджеру Игорю, он всё расскажет: 8 800 700-12-12 (доб. 105).',
        'Задайте вопрос в чате на сайте, операторы там онлайн до 21:00.',
        'Спасибо за интерес! Чтобы подобрать тариф, заполните, пожалуйста, бриф на странице {dom}/brief — аккаунт-менеджер свяжется с вами в течение дня и ответит на все вопросы. Мы работаем с 2014 года и всегда подбираем условия под задачу.',
        '+7 (812) 409-33-21',
        'Пишите в Телеграм @{slug}_sales',
    ],
    en_redirect=[
        'For orders please call our store on 0161 555 0134, they will sort it out.',
        'This inbox is for accounts payable only. Please email sales@{dom} instead.',
        'Please use the live chat on our website, our team answers there within minutes.',
        "We only sell through Amazon — here's our storefront: amazon.example/shops/{slug}",
        'Pricing is tailored to each customer. Please book a demo at {dom}/demo and an account executive will walk you through it.',
        "I've passed your message on to our sales team, someone will be in touch shortly.",
        'We work through regional distributors. Please contact Pacific Parts Supply, they handle your area: +1 415 555 0190.',
        'Best to give our sales manager a call: +44 20 7946 0321.',
        'Ping us on WhatsApp at +44 7700 900123 and we can help there.',
    ],
    ru_ack=[
        ('Ваше обращение №{n} зарегистрировано', ['Здравствуйте!', 'Ваше обращение зарегистрировано под номером {n}.',
          'Специалист ответит в течение 2 часов в рабочее время (пн–пт, 9:00–18:00 МСК).', 'Пожалуйста, не меняйте тему письма при ответе.']),
        ('[Заявка #{n}] Самовывоз сегодня', ['Добрый день!', 'Мы получили ваше письмо и создали заявку #{n}.',
          'Статус можно отслеживать в личном кабинете.', 'Это автоматическое уведомление, отвечать на него не нужно.']),
        ('Re: {subj} (ID {n})', ['Спасибо за письмо!', 'Ваш запрос принят в работу, ему присвоен ID {n}.', 'Среднее время ответа — 40 минут.']),
        ('Обращение принято: {n}', ['Уважаемый клиент!', 'Ваше обращение {n} принято и передано в службу поддержки.',
          'Мы работаем ежедневно с 8 до 20.', 'Служба заботы о клиентах']),
        ('Ваш запрос получен', ['Здравствуйте.', 'Подтверждаем получение вашего запроса. Номер: {n}.', 'Ответим в течение одного рабочего дня.']),
        ('Тикет {n} создан', ['Тикет {n} создан автоматически.', 'Очередь: Продажи. Приоритет: обычный.', 'Ответ придёт на этот адрес.']),
    ],
    en_ack=[
        ('[Ticket #{n}] Re: {subj}', ['Hello,', 'Thanks for contacting us! Your request #{n} has been received.',
          'Our support team is available Mon–Fri 9am–5pm GMT and usually replies within 4 business hours.']),
        ('We received your message (Case {n})', ['Hi,', 'This is an automatic confirmation that we have your message. Case number: {n}.',
          'Please keep this number for reference.']),
        ('Request received: {n}', ['Thank you for your email.', 'A ticket ({n}) has been opened and an agent will get back to you soon.',
          'Expected first response: within 24 hours.']),
        ('Your enquiry {n}', ['Dear customer,', 'We confirm receipt of your enquiry, reference {n}.', 'Do not reply to this message.']),
    ],
    ru_auto=[
        ('Автоответ: {subj}', ['Здравствуйте!', 'Я в отпуске до 21 декабря без доступа к почте.', 'По срочным вопросам обращайтесь к Светлане Ивановой: s.ivanova@{dom}.']),
        ('Нет на месте', ['Добрый день. Нахожусь на больничном. Отвечу после выздоровления.']),
        ('Автоматический ответ: {subj}', ['Уважаемые коллеги!', 'С 7 по 11 декабря я в командировке, почту читаю нерегулярно.', 'Срочные вопросы — Петру Николаевичу, тел. +7 (383) 220-10-10.']),
        ('Re: {subj}', ['Спасибо за письмо!', 'Сейчас нерабочее время. Мы работаем с 10:00 до 19:00 по будням и ответим утром.']),
        ('Склад закрыт на инвентаризацию', ['Уважаемые покупатели!', '8 и 9 декабря склад закрыт на инвентаризацию, выдача заказов не производится.', 'Приносим извинения за неудобства.']),
        ('Сотрудник больше не работает', ['Сотрудник, которому вы написали, больше не работает в компании.', 'Пожалуйста, пишите на info@{dom}.']),
        ('Адрес изменился', ['Внимание! Этот адрес больше не используется. Наш новый адрес: hello@new-{dom}', 'Письмо не будет прочитано.']),
        ('Автоответ', ['Мы переезжаем! С 5 по 12 декабря офис не работает. Вернёмся с новыми силами по адресу ул. Пушкина, 10.']),
    ],
    en_auto=[
        ('Out of Office: {subj}', ['Hi,', "I'm out of the office until Monday 14 December with limited access to email.", 'For urgent matters please contact Rachel Green at rachel@{dom}.']),
        ('Automatic reply: {subj}', ['Thank you for your email. I am on annual leave and will respond on my return.']),
        ('Auto: {subj}', ["Our office is closed for the holidays. We'll be back on 4 January."]),
        ('Re: {subj}', ["Thanks for your message! You've reached us outside business hours (Mon–Fri, 9am–6pm PST).", "We'll get back to you the next business day."]),
        ('This mailbox is not monitored', ['Please note this mailbox is not monitored. For support visit help.{dom}.']),
        ('Please verify your email', ['Hello! I use a spam filter that only accepts mail from known senders.', 'To get your message delivered, please click the link below once:', 'https://verify.{dom}/c/8f21ab', 'Thanks!']),
        ('Away: business trip', ["I'm travelling to a trade fair in Frankfurt this week. Back on the 11th."]),
    ],
    bounces=['postfix_unknown', 'exchange_ru', 'gmail_like', 'hosting_ru', 'postfix_full'],
)
POOLS['B'] = dict(
    ru_shops=[('Мастерская мебели «Дубрава»', 'dubrava-mebel.example.ru'), ('Флористика «Ромашка и Лён»', 'romashka-len.example.ru'),
              ('Магазин автозапчастей «Поршень24»', 'porshen24.example.ru'), ('Интернет-магазин «Кухонька»', 'kuhonka.example.ru'),
              ('Селлер «ГаджетДом»', 'gadgetdom.example.ru'), ('Спорттовары «Лыжня»', 'lyzhnya-sport.example.ru'),
              ('Книжная лавка «Переплёт»', 'pereplet-books.example.ru'), ('Сантехника «Вентиль»', 'ventil-santeh.example.ru')],
    ru_servs=[('Полиграфия «Тираж-М»', 'tirazh-m.example.ru'), ('Логистика «ГрузОпера»', 'gruzopera.example.ru'),
              ('Сервис «СкладУчёт»', 'skladuchet.example.ru'), ('Стоматология «Улыбка+»', 'ulybka-plus.example.ru'),
              ('Провайдер «ТелеПоток»', 'telepotok.example.ru'), ('Курсы «Мастер Слова»', 'master-slova.example.ru'),
              ('Касса-онлайн «Чек и Точка»', 'chek-tochka.example.ru')],
    en_shops=[('Birchwood Interiors', 'birchwood-int.example'), ('Bloomery Florist', 'bloomery.example'),
              ('Gearhead Spares', 'gearhead-spares.example'), ('Lantern & Loom', 'lanternloom.example')],
    en_servs=[('Quotient Analytics', 'quotient-analytics.example'), ('Swiftdock Freight', 'swiftdock.example'),
              ('PaperCrane Printing', 'papercrane.example'), ('Maple Dental Care', 'mapledental.example'),
              ('Keystone Language School', 'keystone-lang.example')],
    ru_people=[('Светлана', 'Михеева', 'менеджер интернет-магазина'), ('Алексей', 'Панов', 'ведущий специалист'),
               ('Юлия', 'Карпова', 'офис-менеджер'), ('Роман', 'Титов', 'коммерческий директор'),
               ('Анна', 'Беляева', 'консультант'), ('Виктор', 'Носков', 'менеджер отдела продаж'),
               ('Ксения', 'Орлова', 'клиентский менеджер'), ('Павел', 'Мельников', 'руководитель направления')],
    en_people=[('Hannah', 'Price', 'Client Services'), ('Oliver', 'Grant', 'Sales Manager'), ('Chloe', 'Dunn', 'Customer Support'),
               ('Marcus', 'Webb', 'Shop Owner'), ('Ivy', 'Chen', 'Partnerships'), ('Ben', 'Ashford', 'Account Manager')],
    ru_greet=['Анатолий, добрый день!', 'Здравствуйте, Анатолий.', 'Доброго времени суток!', 'Добрый вечер!',
              'Здравствуйте!', 'Анатолий, привет!', 'Уважаемый Анатолий!'],
    en_greet=['Hello,', 'Hi Anatoly!', 'Morning Anatoly,', 'Dear Mr Anatoly,', 'Hi,', 'Hello there Anatoly,'],
    ru_open=['Спасибо за вопрос!', 'Спасибо за ваше письмо.', 'Благодарю за интерес к нашей компании.'],
    en_open=['Thanks for your message.', 'Many thanks for the enquiry!', 'Great question, thanks.'],
    ru_frag=dict(
        open=['Точка выдачи на Садовой, 8 открыта до 21:00 каждый день.', 'Самовывоз работает с 11 до 19, в выходные до 17:00.',
              'пвз до 22 работает, без обеда', 'Забрать заказ можно с 8 до 20 в будни, в субботу с 10 до 16.',
              'Наш шоурум открыт до 19.30, там же выдаём заказы.'],
        order=['Заказ можете оформить по телефону или здесь в переписке — пришлите ссылки на товары.',
               'Я оформлю заказ за вас: напишите, что выбрали, и удобный способ оплаты.',
               'с заказом помогу, скиньте список', 'Оформить заказ проще всего через сайт — кнопка «Купить в 1 клик».'],
        today=['Сегодня доставим, если оплатите до 15:00; доставка по городу 390 ₽.',
               'Доставки день в день, к сожалению, нет — отправим завтра первым рейсом.',
               'Сегодняшняя доставка возможна только экспресс-курьером, это 800 руб.',
               'на сегодня мест у курьера уже нет, увы'],
        price=['Тарифы: «Мини» 900 ₽ в месяц, «Стандарт» 2 700 ₽, «Про» 6 500 ₽.', 'Печать визиток — от 4 руб. за штуку, тираж от 1000.',
               'Ставка 1,9% за операцию, абонплаты нет.', 'Стоимость перевозки считаем от 18 руб. за кг, минимум 1 500 руб.'],
        contract=['Договор — публичная оферта, акцептуете при оплате счёта. Если нужен бумажный, пришлём по ЭДО.',
                  'Пришлите реквизиты, составим договор и подпишем через СБИС.', 'договор подписываем в офисе или по почте, как удобнее'],
        time=['На всё уходит 1–2 рабочих дня.', 'Запуск обычно за 4 рабочих дня.', 'Оформление занимает около 3 рабочих дней.'],
    ),
    en_frag=dict(
        open=['Collection is open till 7 pm on weekdays and till 4 pm on Saturday.', 'Our pickup desk works 8:00–20:00 daily.',
              'You can collect until 9pm tonight at our Mill Lane shop.', 'Pickup is available around the clock from our parcel lockers.'],
        order=['Send me the product links and I will put the order through for you.',
               'Checkout on the site takes a minute — pick "Click & Collect".', 'I can take the order by email, just list the items'],
        today=['Yes, same-day delivery is possible if you order by 1 pm (flat fee £9).',
               "Sorry, we can't do same-day delivery — next-day is the fastest we have.", 'Tonight is doable, our van leaves at 5.'],
        price=['Our plans are $49, $99 and $249 per month.', 'Prices start at £0.08 per flyer for 5,000 copies.',
               'We charge 1.8% + 20p per payment, nothing upfront.'],
        contract=['Contracts are signed online via e-signature; it takes a few minutes.', 'We send a service agreement as a PDF, you sign and return it.',
                  "There's a click-through agreement at signup."],
        time=['Setup takes 2 business days.', "You'd be live within 5 working days.", 'Usually the same afternoon.'],
    ),
    ru_close=['Ждём вас!', 'Обращайтесь, всегда рады помочь.', 'Звоните, если будут вопросы.', 'Отличного дня!'],
    en_close=['Any questions, just shout.', 'Looking forward to hearing from you!', 'Have a lovely day.'],
    ru_val=['С теплом,', 'Всего хорошего,', 'С уважением и наилучшими пожеланиями,', 'Благодарим за обращение,', 'До связи,'],
    en_val=['Regards,', 'Warm regards,', 'All the best,', 'Many thanks,'],
    ru_device=['Отправлено с моего Samsung Galaxy', 'Отправлено из Яндекс Почты для Android'],
    en_device=['Sent from my iPad', 'Sent from Mail for Windows'],
    ru_disc=['Информация в этом письме предназначена только для указанного получателя и может содержать коммерческую тайну. '
             'Любое использование без согласия отправителя запрещено.'],
    en_disc=['This message may contain privileged information. If you are not the intended recipient, you must not copy, '
             'distribute or act on it.'],
    ru_footer=['{co}: доставка по всей России. Мы в Telegram: t.me/{slug}', 'Зарегистрируйтесь в личном кабинете на {dom} и получите скидку 5%'],
    en_footer=['{co} · 4 Mill Lane · {dom} · Follow us @{slug}'],
    ru_redirect=[
        'Заказы принимаем только по телефону +7 (495) 987-65-43, звоните с 10 до 19.',
        'Вы написали в бухгалтерию. Вопросы по заказам — на shop@{dom}.',
        'Напишите нам в Viber или Telegram по номеру +7 925 100-20-30, менеджер ответит.',
        'Наш магазин работает на Яндекс Маркете, все заказы через него: market.example.ru/store/{slug}',
        'Стоимость рассчитывается индивидуально. Оставьте заявку через форму на сайте, и мы пришлём коммерческое предложение.',
        'Переслала ваше письмо в отдел продаж, коллеги вам напишут.',
        'Мы работаем через партнёров. В Москве обращайтесь к официальному дилеру «Авто-Линия», тел. +7 (495) 300-40-50.',
        'Свяжитесь, пожалуйста, с нашим менеджером Ксенией по телефону 8 (800) 250-15-15, она подскажет.',
        'Онлайн-консультант на сайте ответит быстрее, загляните туда.',
        'Добрый день! Мы очень ценим ваш интерес. К сожалению, по почте мы не консультируем по тарифам, так как условия зависят от множества факторов. Пожалуйста, запишитесь на бесплатную консультацию в личном кабинете на сайте, и специалист подробно всё объяснит.',
        '8-912-345-67-89 звоните',
        'Пишите в группу ВК vk.com/{slug}, там оперативнее',
    ],
    en_redirect=[
        'Please call the shop directly on 020 7946 0555 for collection and orders.',
        "This address is for press enquiries. For orders please write to orders@{dom}.",
        'Our support team lives in the chat widget on the site — please drop them a line there.',
        'We sell exclusively via Etsy: etsy.example/shop/{slug}',
        'Rates depend on volume. Fill in the quote request form at {dom}/quote and we will come back with a proposal.',
        'I have forwarded your email to our sales department; they will contact you.',
        'We do not sell direct. Please find your nearest dealer at {dom}/dealers.',
        'Give Oliver a call on +1 212 555 0148, he handles new accounts.',
        'Message us on Telegram @{slug}_sales, we reply faster there.',
    ],
    ru_ack=[
        ('Запрос {n} получен', ['Добрый день!', 'Ваш запрос получен и зарегистрирован в системе под номером {n}.',
          'Время обработки — до 24 часов. Часы работы: пн–пт 10:00–19:00.']),
        ('Ваша заявка {n} принята', ['Спасибо за обращение!', 'Заявка {n} принята. Менеджер свяжется с вами в рабочее время.']),
        ('Автоматическое уведомление: обращение {n}', ['Здравствуйте!', 'Ваше письмо поступило в службу поддержки. Номер обращения: {n}.',
          'Ответ будет направлен в порядке очереди.', 'Это письмо сформировано автоматически.']),
        ('Re: {subj} [{n}]', ['Уважаемый клиент,', 'благодарим за обращение. Ваш вопрос зарегистрирован ({n}).', 'Мы ответим не позднее следующего рабочего дня.']),
        ('Обращение {n}: создано', ['Создано обращение {n}.', 'Ответственный будет назначен автоматически.', 'Вы можете дополнить обращение, ответив на это письмо.']),
        ('Получили ваше письмо', ['Привет! 👋', 'Ваше письмо у нас, номер обращения {n}.', 'Обычно отвечаем за пару часов.']),
    ],
    en_ack=[
        ('Re: {subj} [Ref: {n}]', ['Hi there,', 'We have received your email and logged it as {n}.', 'One of our team will reply within one business day.']),
        ('Thanks for contacting us — ticket {n}', ['Hello,', 'Your support ticket {n} is now open.', 'Office hours: 8:30am–5:30pm ET, Monday to Friday.']),
        ('[{n}] Request received', ['Thank you for writing in.', 'This is an automated response to let you know that request {n} was created.']),
        ('Confirmation of your message', ['Dear Sir/Madam,', 'Thank you for your message. It has been logged with number {n} and will be handled in order of receipt.']),
    ],
    ru_auto=[
        ('Отпуск', ['Добрый день! С 1 по 20 декабря я в отпуске.', 'По вопросам заказов пишите моей коллеге Ирине Лебедевой: i.lebedeva@{dom}.']),
        ('Автоответ: {subj}', ['Я на больничном до 10.12. Письма прочитаю позже.']),
        ('Командировка', ['Здравствуйте! Я в служебной командировке до 9 декабря, связь ограничена.']),
        ('Re: {subj}', ['Добрый вечер! Вы написали нам в выходной день. Ответим в понедельник с 9:00.']),
        ('Нерабочие дни', ['Уважаемые клиенты! В связи с праздником 8 декабря офис не работает. Все обращения будут обработаны 9 декабря.']),
        ('Ящик не обслуживается', ['Этот почтовый ящик не обслуживается. Письма не читаются.', 'Для связи используйте форму на сайте {dom}.']),
        ('Смена адреса', ['Уважаемые партнёры! С 1 декабря наш адрес для писем: office@{dom}. Старый адрес отключается.']),
        ('Вы писали нам', ['Это автоответ. Сотрудник уволился, ваше письмо переадресовано руководителю отдела.']),
    ],
    en_auto=[
        ('Automatic reply: {subj}', ['Hello, I am away on sick leave and will reply when I am back.', 'In the meantime please contact support@{dom}.']),
        ('Out of office', ['I am on holiday until 15 December. Your email will not be forwarded.']),
        ('Auto-Reply: {subj}', ['Thanks for your email. Our team is offline for the weekend and will reply on Monday.']),
        ('Re: {subj}', ['Our office is closed today for stocktaking. Normal service resumes tomorrow at 9am.']),
        ('Left the company', ['Tom Reilly no longer works here. Please write to hello@{dom}.']),
        ('Address change', ['Please note: we have moved to a new email address, contact@new-{dom}. This mailbox will be closed soon.']),
        ('Verification required', ['Your message is being held. To confirm you are a real person, reply to this email with the word CONFIRM in the subject.']),
    ],
    bounces=['exim_unknown', 'exchange_en', 'yandex_like', 'spam_reject', 'list_reject'],
)

# ---------------------------------------------------------------- shared code: text, quotes, MIME
def sanitize(s, cs):
    if cs == 'koi8-r':
        for a, b in (('₽', 'руб.'), ('«', '"'), ('»', '"'), ('—', '-'), ('–', '-'), ('№', 'N'), ('…', '...'), ('’', "'")):
            s = s.replace(a, b)
    elif cs == 'windows-1251':
        s = s.replace('₽', 'руб.')
    elif cs in ('iso-8859-1', 'us-ascii'):
        for a, b in (('—', '-'), ('–', '-'), ('’', "'"), ('“', '"'), ('”', '"'), ('…', '...'), ('€', 'EUR')):
            s = s.replace(a, b)
    return s

def encodable(s, cs):
    try:
        s.replace(L, '').replace(R, '').encode(cs)
        return True
    except UnicodeEncodeError:
        return False

RU_MON = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

def quote_attr(style, d, to_addr, subj):
    """attribution lines (list) and whether quoted lines get '> ' (prefix) for a quote style"""
    pn, pa = PERSONA
    hm = '%02d:%02d' % (d[3], d[4])
    day = d[2]
    if style == 'gmail_ru':
        return ['пн, %d дек. 2026 г. в %s, %s <%s>:' % (day, hm, pn, pa)], '> '
    if style == 'gmail_en':
        h = d[3] % 12 or 12
        return ['On Mon, Dec %d, 2026 at %d:%02d %s %s <%s> wrote:' % (day, h, d[4], 'AM' if d[3] < 12 else 'PM', pn, pa)], '> '
    if style == 'outlook_ru':
        return ['-----Исходное сообщение-----', 'От: %s <%s>' % (pn, pa), 'Отправлено: понедельник, %d декабря 2026 г. %s' % (day, hm),
                'Кому: %s' % to_addr, 'Тема: %s' % subj], ''
    if style == 'outlook_en':
        return ['From: %s <%s>' % (pn, pa), 'Sent: Monday, December %d, 2026 %s' % (day, hm), 'To: %s' % to_addr, 'Subject: %s' % subj], ''
    if style == 'apple':
        return ['> On %d Dec 2026, at %s, %s <%s> wrote:' % (day, hm, pn, pa), '>'], '> '
    if style == 'tb_ru':
        return ['%02d.12.2026 %s, %s пишет:' % (day, hm, pn)], '> '
    if style == 'tb_en':
        return ['On %02d/12/2026 %s, %s wrote:' % (day, hm, pn)], '> '
    if style == 'yandex':
        return ['%02d.12.2026, %s, "%s" <%s>:' % (day, hm, pn, pa)], '> '
    if style == 'mailru':
        return ['Понедельник, %d декабря 2026, %s +03:00 от %s <%s>:' % (day, hm, pn, pa)], '> '
    if style == 'roundcube':
        return ['%s писал 2026-12-%02d %s:' % (pn, day, hm)], '> '
    if style == 'thebat':
        return ['Вы писали %d декабря 2026 г., %s:' % (day, hm)], 'АС> '
    if style == 'fwd_ru':
        return ['-------- Пересылаемое сообщение --------', '%02d.12.2026, %s, "%s" <%s>:' % (day, hm, pn, pa), 'Тема: %s' % subj], ''
    raise ValueError(style)

class Vis(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'tr', 'td', 'li', 'blockquote', 'table', 'h1', 'h2', 'h3', 'ul', 'ol', 'hr'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, a):
        if tag in ('style', 'head', 'title', 'script'):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('style', 'head', 'title', 'script'):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append(' ')
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def visible(h):
    v = Vis(); v.feed(h); v.close()
    return ' '.join(''.join(v.out).split())

def esc(s):
    return html.escape(s, quote=False)

def render_plain(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'quote':
            attr, pre, lines = b[1], b[2], b[3]
            out.append('\n'.join(attr + [(pre + x).rstrip() if pre else x for x in lines]))
        elif kind == 'qline':  # quoted lines inline (no attribution)
            out.append('\n'.join((b[2] + x).rstrip() for x in b[1]))
        elif kind == 'sigsep':
            out.append('-- \n' + '\n'.join(b[1]))
        else:
            out.append('\n'.join(b[1]))
    return '\n\n'.join(out) + '\n'

def render_html(blocks, style):
    body = []
    def para(lines):
        if style == 'div':
            return '\n'.join('<div>%s</div>' % (esc(x) or '<br>') for x in lines) + '\n<div><br></div>'
        if style == 'mso':
            return '\n'.join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(x) or '&nbsp;') for x in lines) + \
                '\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
        return '<p>' + '<br>\n'.join(esc(x) for x in lines) + '</p>'
    for b in blocks:
        kind = b[0]
        if kind == 'quote':
            attr, pre, lines = b[1], b[2], b[3]
            if pre:
                body.append('<div class="quote"><div>%s</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote></div>'
                            % ('<br>'.join(esc(x) for x in attr if x != '>'), '<br>\n'.join(esc(x) for x in lines)))
            else:
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n%s\n</div>\n%s'
                            % ('\n'.join('<p class=MsoNormal>%s</p>' % esc(x) for x in attr), para(lines)))
        elif kind == 'qline':
            body.append('<blockquote style="border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % '<br>\n'.join(esc(x) for x in b[1]))
        elif kind == 'sigsep':
            body.append('<div class="signature">-- <br>\n%s</div>' % '<br>\n'.join(esc(x) for x in b[1]))
        elif kind == 'small':
            body.append('<p style="font-size:8pt;color:#888">%s</p>' % '<br>\n'.join(esc(x) for x in b[1]))
        else:
            body.append(para(b[1]))
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    if style == 'mso':
        head += '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
    head += '</head><body>' + ('<div class=WordSection1>' if style == 'mso' else '')
    tail = ('</div>' if style == 'mso' else '') + '</body></html>'
    return head + '\n' + '\n'.join(body) + '\n' + tail + '\n'

def enc_body(text, cs, cte):
    raw = text.replace('\r\n', '\n').encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw

def text_part(ctype, text, cs, cte):
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, cte)
    return h.encode('ascii') + enc_body(text, cs, cte)

def hdr(s, cs):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = 'utf-8'
        return Header(s, cs).encode()

def addr(name, a, cs):
    if not name:
        return a
    if re.search(r'[^\x20-\x7e]', name):
        try:
            raw = name.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs, raw = 'utf-8', name.encode('utf-8')
        return '=?%s?b?%s?= <%s>' % (cs, base64.b64encode(raw).decode(), a)
    return '"%s" <%s>' % (name, a) if re.search(r'[,.()]', name) else '%s <%s>' % (name, a)

def boundary(rng):
    return '----=_Part_%d_%d' % (rng.randrange(10**6, 10**7), rng.randrange(10**8, 10**9))

EXTRA = {
 'A': dict(
   ru=dict(phone='Если срочно — звоните мне напрямую: +7 (916) 204-17-83, я на связи до вечера.',
           messenger='Можно и в Телеграм, @olga_kedr, там отвечаю быстрее.',
           clarify=['Уточните, пожалуйста, в какой район нужна доставка?', 'А какой у вас примерно объём — сколько пользователей?'],
           leave='Я вообще-то в отпуске, но увидела письмо и отвечу, чтобы вы не ждали.',
           holding=['Получила ваш вопрос, уточняю у склада и отвечу в течение часа.', 'Приняла, посчитаю и пришлю расчёт сегодня до конца дня.'],
           caps='ДО 20:00 РАБОТАЕМ!!! приезжайте 😊',
           typo='здраствуйте. самовывоз до 19 работает, зоказ можна прям тут оформить, напишите чо надо',
           link='Подробнее с фото пункта: {dom}/pickup', longinfo='Пропуск не нужен, парковка бесплатная, на месте можно проверить товар и оплатить картой или по QR-коду.'),
   en=dict(phone='If it is urgent, call me on 07700 900456.', messenger='You can also WhatsApp me on +44 7700 900777.',
           clarify=['Which part of town would it go to?', 'Roughly how many seats would you need?'],
           leave="I'm technically on leave this week but wanted to get back to you quickly.",
           holding=["Got your email — checking with the warehouse and I'll come back within the hour.", "Received, I'll price it up and send it over by end of day."],
           caps='OPEN TILL 8 TONIGHT!! 🙌 come on down', typo='hi yes pick up til 6 , i can do teh order here just tell me wat u need',
           link='Map and photos: {dom}/pickup', longinfo='There is free parking right outside and you can pay by card or Apple Pay when you collect.')),
 'B': dict(
   ru=dict(phone='Будут вопросы — набирайте, я на месте: +7 (926) 310-44-05.',
           messenger='Если удобнее, пишите в WhatsApp на тот же номер +7 926 310-44-05.',
           clarify=['Вам доставка нужна на адрес или до транспортной компании?', 'Скажите, вы ИП или ООО? От этого зависит договор.'],
           leave='Я на больничном, но почту посматриваю — отвечу по сути.',
           holding=['Вопрос получила, сверюсь с логистами и через час-полтора напишу.', 'Принял, соберу для вас условия и отпишусь до обеда.'],
           caps='САМОВЫВОЗ ДО 21:00 КАЖДЫЙ ДЕНЬ 👍👍', typo='добрый день.пвз работает до 20ти,заказ оформим тут,скиньте артикулы пжлст',
           link='Схема проезда: {dom}/kontakty', longinfo='Заказ хранится 5 дней, при получении можно примерить и вернуть, если не подошло.'),
   en=dict(phone='Call me on 020 7946 0888 if anything is unclear.', messenger='Or text me on Telegram, @hannah_bloomery.',
           clarify=['Is it going to a home address or a business?', 'Do you need a purchase order for your accounts team?'],
           leave="I'm on parental leave but covering the inbox today, so here goes.",
           holding=["Thanks, I'm checking stock now and will reply shortly.", "Got it — pulling the numbers together, back to you by lunch."],
           caps='YES WE ARE OPEN TILL 9!!! 🎉', typo='hey, colection til 7 on weekdays, i can sort teh order if u send links',
           link='Directions: {dom}/visit', longinfo='Orders are held for 5 days and you can check everything at the counter before paying.')),
}

DESK = {
 'A': dict(ru=dict(marker='##- Пожалуйста, введите ответ выше этой строки -##', agent='{first} {l}. (Служба поддержки)\n{day} дек. 2026 г., {hm} MSK',
                   footer='Обращение #{n} · Статус: ожидает вашего ответа\nОцените ответ: Отлично / Плохо', hist='История обращения'),
           en=dict(marker='##- Please type your reply above this line -##', agent='{first} ({co} Support)\nDec {day}, 2026, {hm} GMT',
                   footer='Ticket #{n} · Status: Pending\nHow would you rate my reply? Good / Bad', hist='Conversation history')),
 'B': dict(ru=dict(marker='— Чтобы ответить, напишите выше этой линии —', agent='{first} {last}, отдел продаж — {day:02d}.12.2026 {hm}',
                   footer='Номер обращения: {n}. Чтобы добавить комментарий, ответьте на это письмо.', hist='Предыдущие сообщения'),
           en=dict(marker='--- reply above this line ---', agent='{first} replied on {day} Dec 2026, {hm}',
                   footer='Conversation #{n} · This email is a service from DeskNest', hist='Earlier in this conversation')),
}
ACK_NUM = {'A': ['{d}', 'A-{d}', '{y}-{d}', 'ТК{d}', '№ {d}'], 'B': ['{d}', 'REQ{d}', '{d}/26', 'SR-{d}', '0000{d}']}
VENDOR = {'A': lambda dom: [('X-Mailer', 'Zendesk Mailer'), ('X-Zendesk-From-Account-Id', '7f3a21'), ('Auto-Submitted', 'auto-generated')],
          'B': lambda dom: [('Reply-To', 'support@%s.freshdesk.com' % dom.split('.')[0])]}
CRM = {'A': 'KedrCRM 3.2', 'B': 'TicketBox/1.9 (self-hosted)'}

QS = {'shops': ['До скольки работает пункт самовывоза?', 'Помогите оформить заказ!', 'Мне нужно организовать доставку сегодня.'],
      'services': ['Какие у вас тарифы,', 'как заключить договор', 'и сколько времени это займёт?']}
KEYS = {'shops': ['open', 'order', 'today'], 'services': ['price', 'contract', 'time']}

def sig_blocks(rng, lang, pool, person, co, dom, shape):
    first, last, pos = person
    ph = '+7 (%03d) %03d-%02d-%02d' % (rng.choice([495, 812, 343, 383, 861]), rng.randrange(200, 999), rng.randrange(10, 99), rng.randrange(10, 99)) \
        if lang == 'ru' else '+44 20 7946 %04d' % rng.randrange(1000, 9999)
    val = rng.choice(pool[lang + '_val'])
    site = 'www.' + dom
    if shape == 'card':
        lab = ('Тел.: ', 'Сайт: ') if lang == 'ru' else ('Tel: ', 'Web: ')
        return [('sig', [val, '%s %s' % (first, last), pos, co, lab[0] + ph, lab[1] + site])]
    if shape == 'valfirst':
        return [('sig', [val, first])]
    if shape == 'dash':
        return [('sig', [val]), ('sigsep', ['%s %s | %s' % (first, last, pos), co, ph])] if rng.random() < .5 else [('sigsep', ['%s %s' % (first, last), pos, co, ph])]
    if shape == 'lone':
        return [('sig', [first])]
    if shape == 'namepos':
        return [('sig', ['%s %s' % (first, last), '%s, %s' % (pos, co)])]
    if shape == 'team':
        return [('sig', [val, ('Команда «%s»' % co.split('«')[-1].rstrip('»')) if lang == 'ru' else 'The %s team' % co.split(' (')[0]])]
    if shape == 'none':
        return []
    raise ValueError(shape)

def tail_blocks(rng, lang, pool, device, disc, footer, co='', dom=''):
    b = []
    if device:
        b.append(('sig', [rng.choice(pool[lang + '_device'])]))
    if footer:
        b.append(('sig', [rng.choice(pool[lang + '_footer']).format(co=co.split(' (')[0], dom=dom, slug=dom.split('.')[0].replace('-', '_'))]))
    if disc:
        b.append(('small', [rng.choice(pool[lang + '_disc'])]))
    return b

HUMAN_TYPES = ['full', 'partial', 'lines', 'bullets', 'numbered', 'curt', 'inline', 'phone', 'clarify', 'no_today', 'leave',
               'holding', 'desk', 'bottom', 'caps', 'typo', 'long', 'messenger', 'link', 'full', 'desk', 'thebat']
HUMAN_TYPES_EN = ['full', 'partial', 'lines', 'bullets', 'numbered', 'curt', 'inline', 'phone', 'clarify', 'no_today', 'leave',
                  'holding', 'desk', 'bottom', 'caps', 'typo', 'long', 'messenger']

def pick_frags(rng, pool, lang, seg, n, want_no=None):
    fr = pool[lang + '_frag']
    keys = KEYS[seg][:]
    chosen = sorted(rng.sample(range(3), n))
    out = []
    for k in chosen:
        key = keys[k]
        opts = fr[key]
        if key == 'today' and want_no is not None:
            neg = [o for o in opts if re.search(r'сожалению|нет|не получится|Unfortunately|Sorry|увы', o)]
            pos = [o for o in opts if o not in neg]
            opts = neg if want_no else pos
        out.append(rng.choice(opts))
    return out

def human_blocks(rng, pool, P, lang, seg, t, ctx):
    """returns (lead_blocks, reply_blocks, after_blocks, note, sig_shape_override, special)"""
    X = EXTRA[P][lang]
    g = rng.choice(pool[lang + '_greet'])
    opener = rng.choice(pool[lang + '_open']) if rng.random() < .35 else None
    close = rng.choice(pool[lang + '_close']) if rng.random() < .4 else None
    blocks, note = [], t
    def para(lines):
        blocks.append(('text', [m(x) for x in lines]))
    if t in ('full', 'long', 'phone', 'messenger', 'link', 'leave', 'no_today'):
        fr = pick_frags(rng, pool, lang, seg, 3, want_no=(t == 'no_today') if seg == 'shops' else None)
        if t == 'no_today' and seg == 'services':
            fr = pick_frags(rng, pool, lang, 'shops', 3, want_no=True)[2:] + fr[:1]
            note += ' (services company answering with a no on same-day)'
        head = [g] + ([opener] if opener else [])
        if t == 'leave':
            head.append(X['leave'])
        if rng.random() < .5:
            para(head + [' '.join(fr)])
        else:
            para(head); para([' '.join(fr)])
        if t == 'long':
            para([X['longinfo']])
        if t == 'phone':
            para([X['phone']])
        if t == 'messenger':
            para([X['messenger']])
        if t == 'link':
            para([X['link'].format(dom=ctx['dom'])])
    elif t == 'partial':
        fr = pick_frags(rng, pool, lang, seg, rng.choice([1, 2]))
        para([g] + fr)
    elif t == 'lines':
        para([g]); para(pick_frags(rng, pool, lang, seg, 3))
    elif t == 'bullets':
        b = rng.choice(['- ', '• ', '* '])
        para([g] + ([opener] if opener else [])); para([b + x for x in pick_frags(rng, pool, lang, seg, 3)])
    elif t == 'numbered':
        fmt = rng.choice(['%d) ', '%d. '])
        para([g]); para([fmt % (i + 1) + x for i, x in enumerate(pick_frags(rng, pool, lang, seg, 3))])
    elif t == 'curt':
        para(pick_frags(rng, pool, lang, seg, 1))
        close = None
    elif t == 'clarify':
        para([g] + pick_frags(rng, pool, lang, seg, 2) + [X['clarify'][0 if seg == 'shops' else 1]])
    elif t == 'holding':
        para([g, rng.choice(X['holding'])])
        close = None
    elif t == 'caps':
        para([X['caps']] + pick_frags(rng, pool, lang, seg, 1))
        close = None
    elif t == 'typo':
        para([X['typo']])
        close = None
    elif t in ('inline', 'thebat', 'bottom', 'desk'):
        pass
    if close and t not in ('inline', 'thebat', 'bottom', 'desk'):
        para([close])
    return blocks, note

RU_QUOTES = ['gmail_ru', 'outlook_ru', 'apple', 'tb_ru', 'yandex', 'mailru', 'roundcube', 'fwd_ru', 'gmail_ru', 'none']
EN_QUOTES = ['gmail_en', 'outlook_en', 'apple', 'tb_en', 'gmail_en', 'outlook_en', 'none']
SHAPES = ['card', 'valfirst', 'dash', 'lone', 'namepos', 'team', 'card', 'valfirst']

def typoize(s):
    s = s.lower()
    for a, b in (('договор', 'дагавор'), ('пожалуйста', 'пжлст'), ('ться', 'тся'), ('the ', 'teh '), ('you', 'u'), (', ', ','), ('.', '')):
        s = s.replace(a, b, 1)
    return s

def person_blocks(kind, rng, pool, P, lang, seg, t, ctx):
    """blocks of a human or redirect message (without quote) plus note; handles special layouts"""
    q = QS[seg]
    X = EXTRA[P][lang]
    g = rng.choice(pool[lang + '_greet'])
    note = []
    pre, post = [], []   # chrome above / below
    if kind == 'redirect':
        core = ctx['core'].format(dom=ctx['dom'], slug=ctx['dom'].split('.')[0].replace('-', '_'))
        body = []
        style = ctx['rstyle']
        if style == 'bare':
            body.append(('text', [m(core)]))
        elif style == 'greet':
            body.append(('text', [m(g), m(core)]))
        else:
            op = rng.choice(pool[lang + '_open'])
            body.append(('text', [m(g)])); body.append(('text', [m(op + ' ' + core)]))
            if rng.random() < .5:
                body.append(('text', [m(rng.choice(pool[lang + '_close']))]))
        note.append('redirect ' + style)
        if ctx.get('desk'):
            D = DESK[P][lang]
            first, last, pos = ctx['person']
            rd = ctx['rd']
            hm = '%02d:%02d' % (rd[3] - (3 if lang == 'en' else 0), rd[4])
            body = [('text', [D['marker']]), ('text', D['agent'].format(first=first, l=last[0], last=last, co=ctx['co'].split(' (')[0], hm=hm, day=rd[2]).split('\n'))] + body
            note.append('in helpdesk chrome (marker, agent line, footer, history)')
            return body, note, 'desk'
        return body, note, False
    if seg == 'services' and t in ('caps', 'typo'):
        fr = pick_frags(rng, pool, lang, seg, 2)
        line = (' '.join(fr).upper() + ' 👍') if t == 'caps' else typoize(' '.join(fr))
        return [('text', [m(line)])], [t], False
    if t == 'inline':
        ans = pick_frags(rng, pool, lang, seg, 3)
        attr, prefix = quote_attr(ctx['qstyle_inline'], ctx['d'], ctx['to'], ctx['subj'])
        b = [('text', [m(g)]), ('text', [attr[0]])]
        for qq, a in zip(q, ans):
            b.append(('qline', [qq], prefix)); b.append(('text', [m(a)]))
        b.append(('qline', ['', 'Анатолий Смирнов'], prefix))
        note.append('inline answers between quoted lines')
        return b, note, True
    if t == 'thebat':
        attr, prefix = quote_attr('thebat', ctx['d'], ctx['to'], ctx['subj'])
        ans = pick_frags(rng, pool, lang, seg, 2)
        b = [('text', [m('Здравствуйте, Анатолий.')]), ('text', attr), ('qline', [' '.join(q)], prefix), ('text', [m(x) for x in ans])]
        note.append("The Bat! «Вы писали» + АС> quote between greeting and answer")
        return b, note, True
    if t == 'bottom':
        attr, prefix = quote_attr('gmail_ru' if lang == 'ru' else 'gmail_en', ctx['d'], ctx['to'], ctx['subj'])
        b = [('quote', attr, prefix, ctx['qlines']), ('text', [m(g)] + [m(x) for x in pick_frags(rng, pool, lang, seg, 2)])]
        note.append('bottom-posted under the quote')
        return b, note, True
    if t == 'desk':
        D = DESK[P][lang]
        first, last, pos = ctx['person']
        rd = ctx['rd']
        hm = '%02d:%02d' % (rd[3] - (3 if lang == 'en' else 0), rd[4])
        b = [('text', [D['marker']]),
             ('text', D['agent'].format(first=first, l=last[0], last=last, co=ctx['co'].split(' (')[0], hm=hm, day=rd[2]).split('\n')),
             ('text', [m(g)] + [m(x) for x in pick_frags(rng, pool, lang, seg, rng.choice([2, 3]))])]
        note.append('helpdesk reply-above marker, agent/time line, footer, history; Auto-Submitted + Precedence: bulk')
        return b, note, 'desk'
    blocks, n = human_blocks(rng, pool, P, lang, seg, t, ctx)
    note.append(n)
    return blocks, note, False

def fmt_date(d, tz='+0300'):
    import datetime
    wd = datetime.date(d[0], d[1], d[2]).strftime('%a')
    return '%s, %02d Dec %d %02d:%02d:%02d %s' % (wd, d[2], d[0], d[3], d[4], d[5], tz)

def trace(rng, env_from, to, d, relay):
    rcv = 'from %s (%s [192.0.2.%d])\n\tby mx.shopper.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        relay, relay, rng.randrange(2, 250), ''.join(rng.choice('0123456789ABCDEF') for _ in range(10)), to, fmt_date(d))
    return [('Return-Path', '<%s>' % env_from), ('Delivered-To', to), ('Received', rcv)]

def assemble(headers, plain, htm, form, cs, cte, rng, extra_parts=None):
    out = ''.join('%s: %s\n' % (k, v) for k, v in headers).encode('ascii')
    out += b'MIME-Version: 1.0\n'
    if form == 'plain':
        out += text_part('text/plain', plain, cs, cte)
    elif form == 'html':
        out += text_part('text/html', htm, cs, cte)
    else:
        bd = boundary(rng)
        out += ('Content-Type: multipart/alternative; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n--%s\n' % (bd, bd)).encode()
        out += text_part('text/plain', plain, cs, cte) + ('\n--%s\n' % bd).encode() + text_part('text/html', htm, cs, cte) + ('\n--%s--\n' % bd).encode()
    return out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')

def finish(blocks, form, cs, hstyle):
    """sanitize, render, derive the label from the marks, drop the marks"""
    def san(b):
        return tuple(([sanitize(x, cs) for x in v] if isinstance(v, list) else v) for v in b)
    blocks = [san(b) for b in blocks]
    plain = render_plain(blocks)
    pieces = re.findall(L + '(.*?)' + R, plain, flags=re.S)
    label = ' '.join(' '.join(pieces).split())
    htm = render_html(blocks, hstyle).replace('{cs}', cs)
    strip = lambda s: s.replace(L, '').replace(R, '')
    return strip(plain), strip(htm), label, pieces

COUNTS = {'human': (22, 18), 'redirect': (14, 11), 'ack': (11, 9), 'autoreply': (14, 11), 'bounce': (5, 5)}

def choose_cs(rng, lang, text_has_emoji):
    if lang == 'ru':
        cs = rng.choices(['utf-8', 'koi8-r', 'windows-1251'], [68, 12, 20])[0]
    else:
        cs = rng.choices(['utf-8', 'us-ascii', 'iso-8859-1'], [55, 20, 25])[0]
    return cs

def choose_cte(rng, cs):
    if cs == 'us-ascii':
        return '7bit'
    if cs == 'iso-8859-1':
        return rng.choice(['quoted-printable', '8bit'])
    return rng.choices(['8bit', 'quoted-printable', 'base64'], [40, 35, 25])[0]

def probe_id(rng):
    return '<%s.%d@shopper.example>' % (''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16)), rng.randrange(10**9))

def gen_message(rng, P, pool, kind, lang, seg, idx, t, plus):
    cos = pool[('ru_' if lang == 'ru' else 'en_') + ('shops' if seg == 'shops' else 'servs')]
    co, dom = cos[idx % len(cos)]
    subj = Q_SHOP[0] if seg == 'shops' else Q_SERV[0]
    qlines = (Q_SHOP if seg == 'shops' else Q_SERV)[1]
    person = rng.choice(pool[lang + '_people'])
    local = rng.choice(['info', 'sales', 'zakaz', 'hello', 'support', 'office', 'shop']) if lang == 'ru' else rng.choice(['info', 'sales', 'hello', 'support', 'orders'])
    to_co = '%s@%s' % (local, dom)
    sday = 7
    sh, smi = rng.randrange(10, 16), rng.randrange(0, 60)
    d = (2026, 12, rng.choice([7, 7, 7, 8, 8, 9]), 0, 0, rng.randrange(60))
    if d[2] == 7:
        h = min(sh + rng.randrange(0, 4), 23)
    else:
        h = rng.randrange(8, 20)
    d = (2026, 12, d[2], h, rng.randrange(60), d[5])
    pd = (2026, 12, sday, sh, smi)
    me = 'anatoly@shopper.example'
    to_me = 'anatoly+%s@shopper.example' % ''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(8)) if plus else me
    pid = probe_id(rng)
    note = [lang]
    extra_h = []
    cs = choose_cs(rng, lang, False)
    form = rng.choices(['plain', 'html', 'alt'], [45, 22, 33])[0]
    hstyle = rng.choice(['div', 'p', 'mso'])
    irt = not plus and rng.random() < .86
    label = ''
    if t == 'thebat':
        form, cs = 'plain', rng.choice(['windows-1251', 'koi8-r'])
    first, last, pos = person
    if kind in ('human', 'redirect'):
        from_name = '%s %s' % (first, last) if rng.random() < .7 else co
        from_addr = ('%s.%s@%s' % (translit(first), translit(last), dom)) if rng.random() < .5 else to_co
        ctx = dict(dom=dom, co=co, person=person, d=(2026, 12, sday, sh, smi), rd=d, to=to_co, subj=subj, qlines=qlines,
                   qstyle_inline=rng.choice(['tb_ru', 'roundcube', 'yandex']) if lang == 'ru' else rng.choice(['tb_en', 'gmail_en']),
                   core=t[1] if kind == 'redirect' else None, desk=(kind == 'redirect' and idx == 5), rstyle=t[2] if kind == 'redirect' else None)
        tt = t[0] if kind == 'redirect' else t
        blocks, n2, special = person_blocks(kind, rng, pool, P, lang, seg, tt, ctx)
        note += n2
        shape = rng.choice(SHAPES)
        if tt in ('curt', 'typo', 'caps'):
            shape = rng.choice(['lone', 'none', 'valfirst'])
        if special == 'desk':
            shape = rng.choice(['valfirst', 'team', 'lone'])
        sig = sig_blocks(rng, lang, pool, person, co, dom, shape)
        note.append('signature ' + shape)
        tail = tail_blocks(rng, lang, pool, device=rng.random() < .2, disc=rng.random() < .15, footer=rng.random() < .15, co=co, dom=dom)
        if tail:
            note.append('device/footer/disclaimer below')
        if special == 'desk':
            D = DESK[P][lang]
            n = rng.randrange(10000, 99999)
            hist = ('text', [D['hist'], '%s <%s>, %s' % (PERSONA[0], me, fmt_date(pd + (0,)))] + qlines)
            blocks = blocks + sig + [('text', D['footer'].format(n=n).split('\n')), hist]
            subj_out = '[#%d] Re: %s' % (n, subj) if P == 'A' else 'Re: %s [%s-%d]' % (subj, 'DN', n)
            extra_h += [('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')]
            from_addr = rng.choice(['support', 'help', 'care']) + '@' + dom
            irt = rng.random() < .4
        elif special:
            blocks = blocks + sig + tail
            subj_out = rng.choice(['Re: ', 'RE: ', 'Ответ: ' if lang == 'ru' else 'Re: ']) + subj
        else:
            qs = 'none' if plus else rng.choice(RU_QUOTES if lang == 'ru' else EN_QUOTES)
            if form != 'plain' and hstyle == 'mso' and qs != 'none':
                qs = 'outlook_ru' if lang == 'ru' else 'outlook_en'
            quote = []
            if qs != 'none':
                attr, pre = quote_attr(qs, ctx['d'], to_co, subj)
                quote = [('quote', attr, pre, qlines)]
            note.append('quote ' + qs)
            if qs.startswith('outlook') or qs == 'fwd_ru':
                blocks = blocks + sig + tail + quote
            else:
                blocks = blocks + sig + tail + quote
            subj_out = (rng.choice(['Re: ', 'RE: ', 'Re[2]: ', 'Отв: ']) if lang == 'ru' else rng.choice(['Re: ', 'RE: '])) + subj
            if plus:
                subj_out = rng.choice(['Ответ на обращение с сайта', 'Re: Вопрос с сайта', 'Заявка с сайта']) if lang == 'ru' else \
                    rng.choice(['Your website enquiry', 'Re: Contact form', 'Re: your message'])
                note.append('form probe, plus-address, no In-Reply-To, no quote')
        if any('😊' in x or '👍' in x or '🙌' in x or '🎉' in x for b in blocks for x in (b[1] if isinstance(b[1], list) else [])):
            cs = 'utf-8'
        text_all = ' '.join(x for b in blocks for x in (b[1] if isinstance(b[1], list) else []) + (b[3] if b[0] == 'quote' else []))
        if not encodable(sanitize(text_all, cs), cs):
            cs = 'utf-8'
        plain, htm, label, pieces = finish(blocks, form, cs, hstyle)
        env = from_addr
        relay = 'mail.' + dom
    else:
        return None
    cte = choose_cte(rng, cs)
    if cs != 'us-ascii' and cte == '7bit':
        cte = '8bit'
    heads = trace(rng, env, to_me, d, relay)
    heads += [('Date', fmt_date(d)), ('From', addr(from_name, from_addr, cs)), ('To', addr(PERSONA[0], to_me, cs)),
              ('Subject', hdr(subj_out, cs)), ('Message-ID', '<%x.%d@%s>' % (rng.getrandbits(48), rng.randrange(10**5), dom))]
    if irt:
        heads += [('In-Reply-To', pid), ('References', pid)]
    else:
        note.append('no In-Reply-To')
    heads += extra_h
    raw = assemble(heads, plain, htm, form, cs, cte, rng)
    note.insert(1, '%s %s %s%s' % ({'plain': 'text/plain', 'html': 'text/html only', 'alt': 'multipart/alternative'}[form], cs, cte,
                                   (' html-' + hstyle) if form != 'plain' else ''))
    return raw, label, '; '.join(note), dom

TR = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя', ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
          'u', 'f', 'kh', 'ts', 'ch', 'sh', 'sch', '', 'y', '', 'e', 'yu', 'ya']))
def translit(s):
    return ''.join(TR.get(c, c) for c in s.lower())

def probe_bytes(subj, qlines, to_co, pid, pd):
    b = base64.encodebytes('\n'.join(qlines).encode('utf-8')).decode()
    return ('From: %s <anatoly@shopper.example>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n%s' % (
                Header(PERSONA[0], 'utf-8').encode(), to_co, Header(subj, 'utf-8').encode(), fmt_date(pd), pid, b))

def gen_machine(rng, P, pool, kind, lang, seg, idx, t, plus):
    cos = pool[('ru_' if lang == 'ru' else 'en_') + ('shops' if seg == 'shops' else 'servs')]
    co, dom = cos[(idx * 3 + 1) % len(cos)]
    subj = Q_SHOP[0] if seg == 'shops' else Q_SERV[0]
    qlines = (Q_SHOP if seg == 'shops' else Q_SERV)[1]
    me = 'anatoly@shopper.example'
    to_me = 'anatoly+%s@shopper.example' % ''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(8)) if plus else me
    pid = probe_id(rng)
    sh, smi = rng.randrange(10, 16), rng.randrange(0, 60)
    pd = (2026, 12, 7, sh, smi, rng.randrange(60))
    note = [lang]
    extra_h = []
    tz = '+0300'
    if kind == 'bounce':
        return gen_bounce(rng, P, lang, t, co, dom, subj, qlines, pid, pd)
    d = (2026, 12, 7, sh, min(smi + rng.randrange(0, 3), 59), rng.randrange(60))
    irt = not plus and rng.random() < .6
    form = rng.choices(['plain', 'html', 'alt'], [50, 25, 25])[0]
    cs = choose_cs(rng, lang, False)
    if kind == 'ack':
        tmpls = pool[lang + '_ack']
        subj_t, lines = tmpls[t % len(tmpls)]
        nf = ACK_NUM[P][(t + idx) % len(ACK_NUM[P])]
        if lang == 'en' and re.search(r'[^\x00-\x7f]', nf):
            nf = '#{d}'
        n = nf.format(d=rng.randrange(1000, 999999), y=2026)
        lines = [x.format(n=n, subj=subj, dom=dom) for x in lines]
        blocks = [('text', lines)]
        if rng.random() < .35:
            blocks.append(('text', [{'A': ('Текст вашего обращения:', 'Your message:'), 'B': ('Ваш вопрос:', 'You wrote:')}[P][lang != 'ru']]))
            blocks.append(('qline', qlines[:2], '> ' if rng.random() < .5 else ''))
            note.append('quotes the question')
        if rng.random() < .4:
            blocks.append(('text', [('Горячая линия: 8 800 %03d-%02d-%02d, пн–пт 9:00–18:00' if lang == 'ru' else 'Phone: +1 800 555 %04d (Mon–Fri 9–5)' if P == 'A' else 'Call us: 0800 %03d %04d')
                                    .replace('%03d-%02d-%02d', '%03d-%02d-%02d' % (rng.randrange(100, 999), rng.randrange(10, 99), rng.randrange(10, 99)))
                                    .replace('%04d', '%04d' % rng.randrange(1000, 9999)).replace('%03d', '%03d' % rng.randrange(100, 999))]))
            note.append('hours/phone line')
        if rng.random() < .3:
            blocks.append(('small', ['—', ('%s · %s' % (co, dom))]))
        subj_out = subj_t.format(n=n, subj=subj)
        if plus:
            subj_out = subj_out.replace(subj, 'Обращение с сайта' if lang == 'ru' else 'Website enquiry')
        h = rng.choices(['none', 'as_gen', 'as_rep', 'bulk', 'crm', 'vendor'], [46, 14, 8, 12, 12, 8])[0]
        extra_h += {'none': [], 'as_gen': [('Auto-Submitted', 'auto-generated')], 'as_rep': [('Auto-Submitted', 'auto-replied')],
                    'bulk': [('Precedence', 'bulk')], 'crm': [('X-Mailer', CRM[P])],
                    'vendor': VENDOR[P](dom)}[h]
        note.append('ack ticket %s; headers: %s' % (n, h))
        from_name = ('Служба поддержки ' + co if lang == 'ru' else co + ' Support')
        from_addr = rng.choice(['noreply', 'support', 'help', 'desk']) + '@' + dom
        hstyle = 'p'
        if form != 'plain' and rng.random() < .5:
            hstyle = 'table'
    else:
        tmpls = pool[lang + '_auto']
        subj_t, lines = tmpls[t % len(tmpls)]
        lines = [x.format(dom=dom) for x in lines]
        person = rng.choice(pool[lang + '_people'])
        blocks = [('text', lines)]
        if t >= len(tmpls):   # second use of a template: vary it
            blocks.insert(0, ('text', [rng.choice(['Это автоматический ответ.', 'Автоответ.', 'Спасибо за письмо.']) if lang == 'ru'
                                       else rng.choice(['This is an automated reply.', 'Thank you for your message.', 'Auto-reply:'])]))
        if rng.random() < .5:
            blocks.append(('sig', ['%s %s' % person[:2], person[2]] if rng.random() < .6 else [co]))
        if rng.random() < .2:
            attr, pre = quote_attr('outlook_ru' if lang == 'ru' else 'outlook_en', (2026, 12, 7, sh, smi), 'info@' + dom, subj)
            blocks.append(('quote', attr, pre, qlines))
            note.append('quotes the original')
        if re.search(r'нерабоч|выходной|outside business|offline', ' '.join(lines)) and rng.random() < .6:
            tz = rng.choice(['+1000', '+1200'])
            d = (2026, 12, 8, rng.choice([0, 1, 2, 22, 23]), rng.randrange(60), rng.randrange(60))
            note.append('Date in ' + tz)
        h = rng.choices(['none', 'as_rep', 'xauto', 'prec', 'xautoresp', 'suppress'], [38, 25, 10, 10, 7, 10])[0]
        extra_h += {'none': [], 'as_rep': [('Auto-Submitted', 'auto-replied')], 'xauto': [('X-Autoreply', 'yes')],
                    'prec': [('Precedence', 'auto_reply')], 'xautoresp': [('X-Autorespond', 'Out of office')],
                    'suppress': [('X-Auto-Response-Suppress', 'All')]}[h]
        note.append('autoreply %s; headers: %s' % (re.sub(r'\W+', ' ', subj_t.replace('{subj}', '')).strip() or 'Re', h))
        subj_out = subj_t.format(subj=subj)
        from_name = '%s %s' % person[:2]
        from_addr = '%s@%s' % (translit(person[0]) if lang == 'ru' else person[0].lower(), dom)
        hstyle = rng.choice(['div', 'p', 'mso'])
    text_all = ' '.join(x for b in blocks for x in (b[1] if isinstance(b[1], list) else []) + (b[3] if b[0] == 'quote' else [])) + subj_out + co
    if '👋' in text_all or not encodable(sanitize(text_all, cs), cs):
        cs = 'utf-8'
    blocks = [tuple(([sanitize(x, cs) for x in v] if isinstance(v, list) else v) for v in b) for b in blocks]
    plain = render_plain(blocks)
    if hstyle == 'table':
        rows = ''.join('<tr><td style="padding:4px 24px;font-family:Arial">%s</td></tr>\n' % esc(x) for b in blocks for x in (b[1] if isinstance(b[1], list) else []))
        htm = ('<!DOCTYPE html><html><head><meta charset="%s"><title>%s</title></head><body style="background:#f4f4f4">\n'
               '<span style="display:none;max-height:0;overflow:hidden">%s</span>\n<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
               '<tr><td style="background:#2b6cb0;color:#fff;padding:12px 24px">%s</td></tr>\n%s</table></body></html>\n') % (
                   cs, esc(sanitize(subj_out, cs)), esc(sanitize(subj_out, cs)), esc(sanitize(co, cs)), rows)
        note.append('HTML table template, hidden preheader')
    else:
        htm = render_html(blocks, hstyle).replace('{cs}', cs)
    cte = choose_cte(rng, cs)
    env = '' if (kind == 'autoreply' and rng.random() < .15) else from_addr
    heads = trace(rng, env, to_me, d, 'mail.' + dom)
    heads += [('Date', fmt_date(d, tz)), ('From', addr(from_name, from_addr, cs)), ('To', addr(PERSONA[0], to_me, cs) if rng.random() < .6 else to_me),
              ('Subject', hdr(subj_out, cs)), ('Message-ID', '<%x@%s>' % (rng.getrandbits(56), dom))]
    if irt:
        heads += [('In-Reply-To', pid), ('References', pid)]
    else:
        note.append('no In-Reply-To')
    if plus:
        note.append('form probe, plus-address')
    if env == '':
        note.append('null envelope sender')
    heads += extra_h
    raw = assemble(heads, plain, htm, form, cs, cte, rng)
    note.insert(1, '%s %s %s' % ({'plain': 'text/plain', 'html': 'text/html only', 'alt': 'multipart/alternative'}[form], cs, cte))
    return raw, '', '; '.join(note), dom

BOUNCE_PLAN = {'A': [('exchange_ru', 'ru'), ('exchange_ru', 'ru'), ('hosting_ru', 'ru'), ('hosting_ru', 'ru'), ('postfix_full', 'ru'),
                     ('postfix_full', 'en'), ('postfix_unknown', 'en'), ('postfix_unknown', 'en'), ('gmail_like', 'en'), ('gmail_like', 'en')],
               'B': [('yandex_like', 'ru'), ('yandex_like', 'ru'), ('list_reject', 'ru'), ('list_reject', 'ru'), ('spam_reject', 'ru'),
                     ('spam_reject', 'en'), ('exim_unknown', 'en'), ('exim_unknown', 'en'), ('exchange_en', 'en'), ('exchange_en', 'en')]}

def gen_bounce(rng, P, lang, t, co, dom, subj, qlines, pid, pd):
    typ = t
    user = rng.choice(['info', 'sales', 'zakaz', 'office', 'manager', 'hello', 'orders'])
    rcpt = '%s@%s' % (user, dom)
    orig = probe_bytes(subj, qlines, rcpt, pid, pd)
    orig_h = orig.split('\n\n', 1)[0] + '\n'
    d = (2026, 12, 7, pd[3], min(pd[4] + 1, 59), rng.randrange(60))
    mx = 'mx%d.%s' % (rng.randrange(1, 4), dom)
    qid = ''.join(rng.choice('0123456789ABCDEF') for _ in range(11))
    bd = boundary(rng)
    note = [lang]
    def report(text, cs, cte, status, diag, action='failed', attach='full', mta=mx, extra=''):
        dsn = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n'
               'Action: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n%s') % (mta, qid, fmt_date(pd), rcpt, rcpt, action, status, mta, diag, extra)
        body = 'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\nThis is a MIME-encapsulated message.\n\n--%s\n' % (bd, bd)
        body = body.encode() + text_part('text/plain', text, cs, cte) + ('\n--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n--%s\n' % (bd, dsn, bd)).encode()
        if attach == 'full':
            body += ('Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n%s\n--%s--\n' % (orig, bd)).encode()
        else:
            body += ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n' % (orig_h, bd)).encode()
        note.append('multipart/report RFC 3464, %s, %s %s, Status %s, %s' % (typ, cs, cte, status, 'message/rfc822' if attach == 'full' else 'text/rfc822-headers'))
        return body
    def plain(text, cs, cte, with_orig=True):
        if with_orig:
            text = text + '\n------ This is a copy of the message, including all the headers. ------\n\n' + orig
        note.append('non-standard plain text bounce, %s, %s %s%s' % (typ, cs, cte, ', original inline' if with_orig else ''))
        return text_part('text/plain', text, cs, cte)
    sender = ('MAILER-DAEMON@%s' % mx, 'Mail Delivery System')
    if typ == 'postfix_unknown':
        subj_b = 'Undelivered Mail Returned to Sender'
        txt = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. '
               'It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n'
               'delete your own text from the attached returned message.\n\n                   The mail system\n\n<%s>: host %s said: 550 5.1.1 <%s>:\n'
               '    Recipient address rejected: User unknown in virtual mailbox table\n') % (mx, rcpt, mx, rcpt)
        body = report(txt, 'us-ascii', '7bit', '5.1.1', '550 5.1.1 <%s>: Recipient address rejected: User unknown' % rcpt, attach=rng.choice(['full', 'headers']))
    elif typ == 'postfix_full':
        if lang == 'ru':
            subj_b = 'Недоставленное сообщение'
            txt = ('Это почтовая система сервера %s.\n\nК сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.\n\n'
                   '<%s>: почтовый ящик переполнен (mailbox full), доставка невозможна.\n\n                   Почтовая система\n') % (mx, rcpt)
            cs, cte = 'utf-8', rng.choice(['quoted-printable', 'base64', '8bit'])
        else:
            subj_b = 'Undelivered Mail Returned to Sender'
            txt = ('This is the mail system at host %s.\n\nYour message could not be delivered.\n\n<%s>: host %s said:\n    552 5.2.2 Mailbox full, quota exceeded\n') % (mx, rcpt, mx)
            cs, cte = 'us-ascii', '7bit'
        body = report(txt, cs, cte, '5.2.2', '552 5.2.2 Mailbox quota exceeded')
    elif typ == 'gmail_like':
        subj_b = 'Delivery Status Notification (Failure)'
        sender = ('mailer-daemon@googlemail.example', 'Mail Delivery Subsystem')
        txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
               "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n") % rcpt
        body = report(txt, 'utf-8', rng.choice(['quoted-printable', '7bit']), '5.1.1', '550-5.1.1 The email account that you tried to reach does not exist', attach='headers')
    elif typ == 'exchange_ru':
        subj_b = 'Не удается доставить: ' + subj
        sender = ('postmaster@%s' % dom, 'Microsoft Outlook')
        txt = ('Не удалось доставить сообщение следующим получателям или группам:\n\n%s\nАдрес электронной почты, указанный вами, не найден. '
               'Проверьте адрес получателя и попробуйте отправить сообщение еще раз.\n\nДиагностические сведения для администраторов:\n\n'
               'Создающий сервер: %s\n\n%s\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n') % (rcpt, mx.upper(), rcpt)
        body = report(txt, rng.choice(['utf-8', 'koi8-r']), rng.choice(['base64', 'quoted-printable']), '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound')
    elif typ == 'exchange_en':
        subj_b = 'Undeliverable: ' + subj
        sender = ('postmaster@%s' % dom, 'Microsoft Outlook')
        txt = ("Delivery has failed to these recipients or groups:\n\n%s\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n"
               "Diagnostic information for administrators:\n\nGenerating server: %s\n\nRemote Server returned '550 5.4.1 Recipient address rejected: Access denied'\n") % (rcpt, mx.upper())
        body = report(txt, 'us-ascii', '7bit', '5.4.1', '550 5.4.1 Recipient address rejected: Access denied')
    elif typ == 'yandex_like':
        subj_b = 'Недоставленное сообщение'
        sender = ('mailer-daemon@mail.example.ru', 'Почтовая служба')
        txt = ('Здравствуйте!\n\nВаше сообщение было отправлено, но не может быть доставлено по адресу:\n%s\n\nПричина: такого ящика не существует.\n'
               'Проверьте правильность адреса.\n\n-- \nПочтовая служба\n') % rcpt
        body = report(txt, 'utf-8', rng.choice(['base64', '8bit']), '5.1.1', '550 5.7.1 No such user!', attach=rng.choice(['full', 'headers']))
    elif typ == 'exim_unknown':
        subj_b = 'Mail delivery failed: returning message to sender'
        txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n'
               'recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    host %s [198.51.100.%d]\n'
               '    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 No Such User Here\n') % (rcpt, mx, rng.randrange(2, 250), rcpt)
        body = plain(txt, 'us-ascii', '7bit')
    elif typ == 'hosting_ru':
        subj_b = rng.choice(['Письмо не доставлено', 'Ошибка доставки почты'])
        sender = ('mailer-daemon@hosting-ru.example.ru', 'Служба доставки почты хостинга')
        why = rng.choice(['почтовый ящик %s заблокирован за неуплату услуг хостинга' % rcpt,
                          'домен %s отключён, почта для него не принимается' % dom])
        txt = ('Уважаемый отправитель!\n\nВаше письмо не может быть доставлено: %s.\n\nТема письма: %s\nДата: %s\n\n'
               'Это сообщение сформировано автоматически, отвечать на него не нужно.\n') % (why, subj, fmt_date(pd))
        body = plain(txt, rng.choice(['windows-1251', 'koi8-r']), rng.choice(['8bit', 'quoted-printable', 'base64']), with_orig=False)
    elif typ == 'spam_reject':
        if lang == 'ru':
            subj_b = 'Сообщение не доставлено'
            txt = ('Это сообщение создано автоматически почтовым сервером %s.\n\nВаше письмо для %s отклонено фильтром спама.\n'
                   'Ответ сервера: 550 5.7.1 Message rejected as spam (score 8.4)\n\nЕсли вы считаете, что это ошибка, свяжитесь с администратором.\n') % (mx, rcpt)
            body = plain(txt, 'koi8-r', rng.choice(['8bit', 'quoted-printable']))
        else:
            subj_b = 'Mail delivery failed: returning message to sender'
            txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\n'
                   'its recipients. This is a permanent error. The following address(es) failed:\n\n  %s\n    SMTP error from remote mail server after end of data:\n'
                   '    550 5.7.1 Spam message rejected by content filter\n') % rcpt
            body = plain(txt, 'us-ascii', '7bit')
    elif typ == 'list_reject':
        subj_b = 'Ваше сообщение в рассылку %s отклонено' % user
        sender = ('%s-owner@lists.%s' % (user, dom), 'Сервер рассылок')
        txt = ('Ваше сообщение для списка рассылки %s не было принято.\n\nПричина: отправлять письма в эту рассылку могут только её участники.\n\n'
               'Вопросы направляйте владельцу рассылки.\n') % rcpt
        body = plain(txt, 'utf-8', rng.choice(['8bit', 'base64']), with_orig=rng.random() < .5)
    else:
        raise ValueError(typ)
    heads = trace(rng, '', 'anatoly@shopper.example', d, mx)
    heads += [('Date', fmt_date(d)), ('From', addr(sender[1], sender[0], 'utf-8')), ('To', 'anatoly@shopper.example'),
              ('Subject', hdr(subj_b, 'utf-8')), ('Message-ID', '<%s.%x@%s>' % (qid, rng.getrandbits(32), mx))]
    if rng.random() < .5:
        heads.append(('Auto-Submitted', 'auto-replied'))
    raw = ''.join('%s: %s\n' % kv for kv in heads).encode() + b'MIME-Version: 1.0\n' + body
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, '', '; '.join(note), dom

PLUS = {('human', 'ru'): {2, 9}, ('human', 'en'): {3}, ('redirect', 'ru'): {4}, ('ack', 'ru'): {1}, ('ack', 'en'): {2}, ('autoreply', 'en'): {5}}
SERV_RE = re.compile(r'тариф|Цены|бриф|Стоимость|консульт|бухгалтер|партнёр|Pricing|Rates|demo|accounts|press|distributor|dealer|new accounts|Telegram @swift', re.I)
RSTYLES = ['bare', 'greet', 'polite', 'greet', 'polite', 'bare', 'greet']

def plan(P):
    pool = POOLS[P]
    out = []
    for kind, (nru, nen) in COUNTS.items():
        for lang, cnt in (('ru', nru), ('en', nen)):
            for i in range(cnt):
                seg = 'shops' if (i + (lang == 'en')) % 2 == 0 else 'services'
                if kind == 'human':
                    t = (HUMAN_TYPES if lang == 'ru' else HUMAN_TYPES_EN)[i]
                    if t in ('no_today', 'typo', 'caps', 'messenger'):
                        seg = 'shops'
                elif kind == 'redirect':
                    cores = pool[lang + '_redirect']
                    core = cores[i % len(cores)]
                    seg = 'services' if SERV_RE.search(core) else 'shops'
                    rs = 'polite' if len(core) > 160 else RSTYLES[i % len(RSTYLES)]
                    if i >= len(cores):
                        rs = 'polite' if rs != 'polite' else 'greet'
                    t = (None, core, rs)
                elif kind == 'bounce':
                    t = [x for x in BOUNCE_PLAN[P] if x[1] == lang][i][0]
                else:
                    t = i
                out.append((kind, lang, seg, i, t, i in PLUS.get((kind, lang), ())))
    return out

def build(P, split, folder):
    rng = random.Random('lane-' + P)
    pool = POOLS[P]
    items = []
    for kind, lang, seg, i, t, plus in plan(P):
        if kind in ('human', 'redirect'):
            r = gen_message(rng, P, pool, kind, lang, seg, i, t, plus)
        else:
            r = gen_machine(rng, P, pool, kind, lang, seg, i, t, plus)
        raw, label, note, dom = r
        short = {'human': (t if isinstance(t, str) else ''), 'redirect': 'redirect', 'ack': 'ack', 'autoreply': 'auto', 'bounce': 'bounce'}[kind]
        items.append((kind, raw, label, note, '%s-%s-%s' % (lang, short.replace('_', '-'), dom.split('.')[0])))
    rng.shuffle(items)
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        if f.endswith('.eml') or f == 'manifest.csv':
            os.remove(os.path.join(folder, f))
    rows = []
    for n, (kind, raw, label, note, short) in enumerate(items, 1):
        fn = '%03d-%s.eml' % (n, short)
        with open(os.path.join(folder, fn), 'wb') as fh:
            fh.write(raw)
        rows.append(dict(file=fn, kind=kind, expected_reply=label, split=split, note=note))
    with open(os.path.join(folder, 'manifest.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, ['file', 'kind', 'expected_reply', 'split', 'note'])
        w.writeheader(); w.writerows(rows)

# ---------------------------------------------------------------- checks
FORBIDDEN = ['Смирнов', 'Smirnov', 'anatoly@', 'До скольки работает пункт самовывоза', 'Помогите оформить заказ',
             'организовать доставку сегодня', 'Какие у вас тарифы', 'как заключить договор и сколько']

def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'message':
            break
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            out.append(visible(t) if part.get_content_subtype() == 'html' else ' '.join(t.split()))
    return out

def words_in_order(label, text):
    want = re.findall(r'\w+', label.lower())
    have = iter(re.findall(r'\w+', text.lower()))
    return all(any(w == h for h in have) for w in want)

def check(folder, split):
    errs = []
    rows = list(csv.DictReader(open(os.path.join(folder, 'manifest.csv'), encoding='utf-8', newline='')))
    files = sorted(f for f in os.listdir(folder) if f.endswith('.eml'))
    if sorted(r['file'] for r in rows) != files:
        errs.append('manifest does not match files')
    counts = {}
    for r in rows:
        p = os.path.join(folder, r['file'])
        raw = open(p, 'rb').read()
        e = lambda s: errs.append('%s: %s' % (r['file'], s))
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            e('not CRLF')
        if max(len(x) for x in raw.split(b'\r\n')) > 998:
            e('line over 998')
        if r['split'] != split:
            e('split')
        for pol in (email.policy.default, email.policy.compat32):
            msg = email.message_from_bytes(raw, policy=pol)
            for part in msg.walk():
                if part.defects:
                    e('defects %s %s' % (pol, part.defects))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lang = r['note'][:2]
        counts[(r['kind'], lang)] = counts.get((r['kind'], lang), 0) + 1
        lab = r['expected_reply']
        if r['kind'] in ('human', 'redirect'):
            if not lab:
                e('empty label')
            if '⟦' in lab or '⟧' in lab or L.encode() in raw:
                e('mark left')
            for t in texts(msg):
                if not words_in_order(lab, t):
                    e('label words not in order in a part: %r' % lab[:60])
            for f in FORBIDDEN:
                if f.lower() in lab.lower():
                    e('label contains %r' % f)
        elif lab:
            e('label on %s' % r['kind'])
        if r['kind'] == 'bounce':
            if msg['Return-Path'] != '<>':
                e('bounce with envelope sender')
        elif msg['Return-Path'] == '<>' and r['kind'] != 'autoreply':
            e('null sender')
    return errs, counts, rows

def main():
    a, b = os.path.join(HERE, 'lane'), os.path.join(HERE, 'lane_heldout')
    if '--check' not in sys.argv:
        build('A', 'train', a)
        build('B', 'heldout', b)
    errs = []
    labels = {}
    for folder, split in ((a, 'train'), (b, 'heldout')):
        e, counts, rows = check(folder, split)
        errs += e
        labels[folder] = {r['expected_reply'] for r in rows if r['expected_reply']}
        print('%s (%d messages)' % (os.path.basename(folder), len(rows)))
        print('  %-10s %4s %4s' % ('kind', 'ru', 'en'))
        for k in COUNTS:
            print('  %-10s %4d %4d' % (k, counts.get((k, 'ru'), 0), counts.get((k, 'en'), 0)))
        print('  %-10s %4d %4d' % ('total', sum(v for (k, l), v in counts.items() if l == 'ru'), sum(v for (k, l), v in counts.items() if l == 'en')))
    both = labels[a] & labels[b]
    if both:
        errs.append('labels in both folders: %r' % sorted(both)[:5])
    for x in errs:
        print('ERROR', x)
    print('checks: %s' % ('OK' if not errs else '%d errors' % len(errs)))
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
