#!/usr/bin/env python3
"""Generate bench/corpus/more_text/: a TRAINING set of 120 human and redirect e-mail replies.

What it is
    120 fictional RFC 5322 replies (CRLF, bytes as an IMAP server hands them over) to the two scripts of
    studies/demo.yaml («Самовывоз сегодня» for shops, «Тарифы и договор» for services), sent to the persona
    Анатолий Смирнов <anatoly@shopper.example>.  Kinds: human 80, redirect 40.  Languages: 72 Russian
    (60%), 48 English (40%).  Formats: text/plain, HTML-only and multipart/alternative (about half are
    HTML-only or alternative); charsets utf-8, koi8-r, windows-1251, us-ascii, iso-8859-1, windows-1252;
    transfer encodings base64, quoted-printable, 8bit, 7bit.  manifest.csv has the columns
    file,kind,expected_reply,split,note and split = train for every row.

How it was written
    By an assistant session, from the scripts in studies/demo.yaml, the field notes on the domain and the
    labelling conventions of bench/corpus/README.md (sections before "unseen/") only, without reading the
    project's classification code, tests or any other corpus.  Every answer and every piece around it
    (greetings, valedictions, signatures, disclaimers, helpdesk chrome, quote headers, device lines) is
    written once, by hand, in the SPECS text below; nothing is drawn from a fixed list.  All people,
    companies, phones and addresses are invented; domains are *.example / *.example.ru.

Labelling (expected_reply)
    The text inside {{ ... }} in each spec is the reply's own words, as the README defines them: greeting
    and answer kept, including a pleasantry before the valediction; quote, signature from the valediction
    down, device lines, disclaimers and helpdesk chrome removed.  For HTML and multipart/alternative
    messages the visible text is used (bullet markers are not visible text); lines are joined with single
    spaces.  For koi8-r / windows-1251 the text is the text as sent (₽ became «руб.», and in koi8-r «» became ").

Spec format
    "=== lang kind format charset cte segment [flags] | From | note [| subject]" then the body.
    Body lines starting with ">" are quoted, "- "/"• " are bullets, "|" start table rows.
    Flags: plus (sent to a plus-address after a form probe), noirt (no In-Reply-To/References).

Standard library only, fixed seed; imports nothing from the project.
    python3 bench/corpus/make_more_text.py   rewrites bench/corpus/more_text/ and prints counts.
"""
import base64, csv, email, email.policy, html, io, os, quopri, random, re, sys
from email.header import Header
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "more_text")
RNG = random.Random(20261208)
SPECS = ""
SPECS += r"""
=== ru human plain utf-8 8bit shop | Светлана Гуркина <s.gurkina@lukoshko.example.ru> | Thunderbird, «пишет:» attribution, P.S. after the signature-free answer
{{Анатолий, добрый день!
Пункт самовывоза на Заводской, 14 сегодня открыт до 20:00.
Заказ можете оформить прямо в ответном письме: пришлите артикулы и количество, я сама всё заведу.
Доставку сегодня успеем, если подтвердите до 15:00.
P.S. Парковка со двора, заезд через шлагбаум.}}

Светлана
интернет-магазин «Лукошко»

07.12.2026 10:41, Анатолий Смирнов пишет:
> Здравствуйте!
> До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
>
> Анатолий Смирнов
=== ru human alt utf-8 qp shop | Магазин «Пуговка» <zakaz@pugovka.example.ru> | Gmail-like, Russian Gmail attribution, bullet list
{{Здравствуйте, Анатолий!
Спасибо, что написали нам.
Самовывоз на Литейном работает с 10 до 21 без выходных.
Чтобы оформить заказ:
- положите товары в корзину на сайте;
- выберите «Курьер сегодня» — доступно до 16:00;
- оплатите картой или при получении.
Если удобнее, пришлите список — соберём за вас.}}

Всего доброго,
Ксения, менеджер «Пуговки»
+7 (812) 400-17-29

пн, 7 дек. 2026 г. в 11:12, Анатолий Смирнов <anatoly@shopper.example>:
> Здравствуйте!
> До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно
> организовать доставку сегодня.
=== ru human html koi8-r b64 shop | Отдел продаж Дачник <sale@dachnik.example.ru> | HTML-only koi8-r, Outlook Russian header block, legal disclaimer, guillemets become quotes
{{Доброго времени суток, Анатолий.
Пункт выдачи «Дачник» на Садовой открыт до 19:00, в субботу до 16:00.
Оформить заказ можно по телефону или здесь, в переписке — напишите, что нужно, и адрес, доставку сегодня организуем вечерним рейсом.}}

С ув.
Г. Пронин
ООО «Дачник-Опт»

Данное сообщение и вложения к нему конфиденциальны и предназначены исключительно для адресата. Если вы получили его по ошибке, сообщите отправителю и удалите письмо.

От: Анатолий Смирнов [mailto:anatoly@shopper.example]
Отправлено: 7 декабря 2026 г. 11:03
Кому: sale@dachnik.example.ru
Тема: Самовывоз сегодня

Здравствуйте!
До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human plain windows-1251 qp shop | Ирина <irina.belova@tkani-dom.example.ru> | windows-1251, curt answer, Mail.ru attribution with weekday, device line
{{Анатолий, здравствуйте. До 18:30 работаем. Заказ оформлю, пришлите что нужно.}}

Отправлено из мобильной Почты Mail.ru

Понедельник, 7 декабря 2026, 11:20 +03:00 от Анатолий Смирнов <anatoly@shopper.example>:
> Здравствуйте!
> До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human html utf-8 qp shop noirt | Поддержка ВелоГрад <help@velograd.example.ru> | Russian helpdesk chrome: reply-above marker, agent/time line, ticket link, satisfaction survey
##- Пожалуйста, пишите ответ выше этой линии -##

Обращение №58213 обновлено

Роман Чижов (Велоград), 7 дек. 2026, 12:05 МСК

{{Здравствуйте, Анатолий!
Пункт самовывоза в Велограде на Речной работает круглосуточно — это постамат, код придёт в СМС.
Заказ можете оформить на сайте, а если нужна помощь — ответьте на это письмо, я соберу корзину и пришлю ссылку на оплату.
Курьером сегодня доставим, если заказ будет до 17:00.
Хорошего дня!}}

Роман, служба заботы Велограда

Оцените, пожалуйста, наш ответ: Отлично / Нормально / Плохо
Посмотреть обращение: https://help.velograd.example.ru/tickets/58213

Анатолий Смирнов, 7 дек. 2026, 11:31 МСК
Здравствуйте! До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human plain utf-8 b64 shop | Марат Хайруллин <marat@chai-lavka.example.ru> | inline answers between quoted lines, Yandex-style attribution
{{Добрый день, Анатолий!}}

07.12.2026, 11:09, "Анатолий Смирнов" <anatoly@shopper.example>:
> Здравствуйте!
> До скольки работает пункт самовывоза?
{{Сегодня до 20:00, в понедельник у нас длинный день.}}

> Помогите оформить заказ!
{{Конечно. Напишите, какие чаи интересуют, я выставлю счёт.}}

> Мне нужно организовать доставку сегодня.
{{По Казани сегодня привезём, курьер выезжает в 16:00.}}

--
Марат, «Чайная лавка»
=== ru human alt utf-8 b64 shop | Полина из «Кофемана» <hello@kofeman.example.ru> | emoji, pleasantry kept, Apple Mail attribution, iPhone device line
{{Анатолий, привет! ☕
Самовывоз на Маросейке работает до 22:00, так что успеете точно.
Давайте я помогу оформить заказ: напишите сорт и помол, а доставку сегодня сделаем через Яндекс Go.
Отличного вечера! 🙂}}

Пока-пока,
Полина

Отправлено с iPhone

> 7 дек. 2026 г., в 12:44, Анатолий Смирнов <anatoly@shopper.example> написал(а):
>
> Здравствуйте!
> До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human plain koi8-r 8bit shop | Склад "Крепёж" <sklad@krepezh-market.example.ru> | koi8-r 8bit, table of hours in plain text, valediction with typo «С уважниеем»
{{Здравствуйте.
Часы работы пункта выдачи:
| Пн-Пт | с 8 до 19
| Сб | с 9 до 15
| Вс | выходной
Заказ оформим сегодня, доставка по городу сегодня возможна при заказе до 14:00.}}

С уважниеем, Виктор
склад "Крепёж-Маркет"
=== ru human html windows-1251 b64 shop | Алёна Ветрова <vetrova@mebel-lad.example.ru> | HTML-only windows-1251, Bitrix24-like footer, ruble sign converted
{{Анатолий, добрый день!
Наш шоурум и пункт самовывоза открыты с 10 до 20.
Заказ можете оформить у меня: пришлите ссылку на модель, проверю наличие. Доставка сегодня по Москве — 1500 ₽, если диван есть на складе.}}

Алёна Ветрова | менеджер по продажам
Мебельная фабрика «Лад»
тел. 8 800 700-31-18 (доб. 204)

Письмо отправлено из CRM. Чтобы ответить, просто ответьте на это письмо, не меняя тему.
=== ru human plain utf-8 qp shop | Дмитрий Ложкин <d.lozhkin@zoo-drug.example.ru> | forwarded chain: the colleague's forward is kept below, answer above
{{Анатолий, здравствуйте!
Коллеги переслали мне ваше письмо. Самовывоз на Ленина, 3 до 21:00.
Оформить заказ можно по ссылке https://zoo-drug.example.ru/cart — или скажите корм и вес, соберу сам.
Доставку сегодня сделаем до 23:00.}}

Ложкин Дмитрий
ЗооДруг, розница

-------- Пересылаемое сообщение --------
07.12.2026, 11:40, "Инфо ЗооДруг" <info@zoo-drug.example.ru>:

Дима, ответь клиенту, пожалуйста.

-------- Конец пересылаемого сообщения --------
=== ru human alt utf-8 qp shop plus | Служба поддержки ЭкоЛавка <care@ekolavka.example.ru> | form probe, plus-address, helpdesk-ish footer with status
{{Анатолий, здравствуйте!
Благодарим за заявку с сайта.
Пункт самовывоза на Профсоюзной работает до 21:00 ежедневно.
Заказ можете оформить в приложении или на сайте; если что-то не получается — пришлите номер телефона, менеджер поможет.
Доставка сегодня доступна для заказов, оформленных до 13:00.}}

Команда ЭкоЛавки

Статус обращения: решено · №EL-30418
Если вопрос остался, просто ответьте на это письмо — обращение откроется снова.
=== ru human plain utf-8 8bit shop | Оля Сенина <olya@detskiy-mir-igr.example.ru> | partial answer, only hours; Outlook-web quote with «Из:»
{{Здравствуйте, Анатолий! Пункт самовывоза работает до 19:00. По доставке уточню у логиста и напишу чуть позже.}}

Спасибо!
Ольга

Из: Анатолий Смирнов <anatoly@shopper.example>
Дата: понедельник, 7 декабря 2026 г., 11:48
Кому: Мир игр <shop@detskiy-mir-igr.example.ru>
Тема: Самовывоз сегодня

Здравствуйте!
До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human html utf-8 b64 shop | Цветочная мастерская «Ирис» <iris@iris-flowers.example.ru> | HTML-only, emoji, greeting with name and exclamations, multi-line signature with social links
{{Анатолий, здравствуйте!! 🌷
Мастерская открыта до 21:00, букет можно забрать самим.
Заказ оформим прямо в переписке: напишите бюджет и пожелания по цветам, пришлю фото вариантов.
Доставка сегодня — конечно, по городу за 2 часа.
Хорошего вам дня!}}

С теплом,
Настя и команда «Ирис»
Instagram: @iris.flowers.example · t.me/iris_flowers_example
=== ru human plain windows-1251 8bit shop | Бытовая техника ТЕХНОСФЕРА <otvet@tehnosfera.example.ru> | windows-1251 8bit, Omnidesk-like chrome lines above and below
-- Ответьте выше этой строки, чтобы добавить комментарий --

{{Здравствуйте, Анатолий!
Самовывоз из магазина на Гагарина — с 9:00 до 21:00.
Заказ можете оформить на сайте в пару кликов, доставим сегодня, если товар на местном складе (отмечен зелёным).}}

Евгений
Техносфера, отдел интернет-продаж

---
Ваше обращение #204-771 · статус: ожидает вашего ответа
Техносфера · служба клиентской поддержки
=== ru human alt koi8-r qp shop | Тимофей Рябов <tim@rybalka-shop.example.ru> | koi8-r QP, sign-off «Удачного клёва!» after answer, Outlook underscore separator
{{Анатолий, доброе утро!
Пункт самовывоза работает до 20:00, сегодня без перерыва.
Заказ оформлю сам — скажите, что нужно из снастей. Доставку сегодня по городу сделаем, если до обеда определитесь.}}

Удачного клёва!
Тимофей
магазин «Рыбалка-Шоп»

________________________________
От: Анатолий Смирнов <anatoly@shopper.example>
Отправлено: 7 декабря 2026 г. 10:58
Кому: tim@rybalka-shop.example.ru
Тема: Самовывоз сегодня
=== ru human plain utf-8 qp shop | Книжный «Переплёт» <pereplet@knigi-pereplet.example.ru> | pleasantry plus bare name line as signature
{{Здравствуйте, Анатолий!
Спасибо за письмо.
Мы работаем ежедневно с 11 до 22, книги можно забрать в любое время.
Заказ можете оформить на сайте или назовите книги — отложим. Сегодня доставим курьером по центру.
Приятного чтения!}}

Вера
=== ru human html utf-8 qp shop | Авто-Деталь <parts@avto-detal.example.ru> | HTML-only Outlook, signature table, phone numbers, disclaimer in English
{{Анатолий, здравствуйте!
Пункт выдачи на Шоссейной работает до 19:00 (сб до 17:00).
Для оформления заказа пришлите VIN автомобиля — подберу детали и выставлю счёт. Если оплатите до 15:00, доставка сегодня.}}

С уважением,
Сергей Мухин
Менеджер по работе с клиентами
Авто-Деталь | +7 (495) 318-40-72 | avto-detal.example.ru

This e-mail and any attachments are confidential and intended solely for the addressee.
=== ru human plain utf-8 8bit shop | Наталья <natalia.kv@sad-ogorod.example.ru> | signature after «--» with phone, short P.S.
{{Анатолий, здравствуйте.
Выдача заказов у нас с 9 до 18.
Заказ оформлю, пришлите список семян.
Доставка сегодня возможна только по Туле.
P.S. Если будете забирать сами — позвоните за полчаса, вынесу.}}
--
Наталья Квасова
Сад-Огород, +7 4872 31-19-60
=== ru human alt utf-8 b64 shop | Цифромаркет <support@cifromarket.example.ru> | Usedesk-like chrome, agent line and quoted thread history
Ответ от специалиста поддержки — Мария Лебедева, 7 декабря 2026 в 12:17

{{Добрый день, Анатолий!
Подскажу по всем вопросам:
- пункт самовывоза на Кирова работает с 10:00 до 21:00;
- заказ можете оформить на сайте, я уже создала для вас корзину — ссылка https://cifromarket.example.ru/c/7Q2K;
- доставку сегодня организуем курьером с 18 до 22.
Будут вопросы — пишите!}}

С уважением, Мария
Служба поддержки Цифромаркета

История обращения:
Анатолий Смирнов, 07.12.2026 11:52
Здравствуйте! До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.
=== ru human plain koi8-r b64 shop | Пекарня Колосок <kolosok@pekarnya-kolosok.example.ru> | koi8-r base64, typo valediction «Всего добого», no quote
{{Здравствуйте, Анатолий!
Пекарня и самовывоз до 20:00.
Торт к вечеру сделаем, заказ можете оформить по этой почте: начинка, вес, надпись.
Доставка сегодня по району бесплатно от 1500 руб.}}

Всего добого!
Лена, пекарня "Колосок"
=== ru human html utf-8 b64 shop | Хозмаг «Всё для дома» <vsedladoma@hozmag.example.ru> | HTML-only, Mail.ru web attribution in blockquote, pleasantry kept
{{Анатолий, добрый день!
Мы открыты до 20:00 каждый день.
Заказ можете оформить по телефону или ответом на письмо, доставка сегодня — если до 16:00.
Хорошего вам дня и тёплой зимы!}}

Тамара Петровна

Пн, 7 дек 2026 в 12:02 Анатолий Смирнов <anatoly@shopper.example>:
> Здравствуйте!
> До скольки работает пункт самовывоза? Помогите оформить заказ!
=== ru human plain utf-8 qp shop | Василий — Спортмаркет «Старт» <vasily@start-sport.example.ru> | very short answer, sent from Android device line
{{До 21. Сегодня привезём, оформляйте на сайте}}

Отправлено с моего Android
=== ru human alt windows-1251 qp shop | Оптика «Зоркий глаз» <info@zorkiy-glaz.example.ru> | windows-1251 QP, greeting «Уважаемый Анатолий», legal footer
{{Уважаемый Анатолий, здравствуйте!
Салон и пункт самовывоза работают с 10 до 20.
Заказ линз можете оформить у нас на сайте или в ответном письме, укажите параметры рецепта.
Доставка сегодня возможна по Самаре при заказе до 14:00.}}

С наилучшими пожеланиями,
администратор салона Евгения

ООО «Зоркий глаз». Информация в письме не является публичной офертой.
=== ru human plain utf-8 8bit shop | Алексей Стрельников <a.strelnikov@photo-mir.example.ru> | answer with a link and phone, valediction in English «Cheers»
{{Анатолий, приветствую!
Пункт самовывоза до 19:30.
Заказ можете оформить тут: https://photo-mir.example.ru/order — или позвоните +7 (383) 209-44-10, оформлю по телефону.
Сегодня доставка есть, курьер после 17:00.}}

Cheers,
Лёша
""" 
SPECS += r"""
=== ru human alt utf-8 qp svc | Екатерина Зуева <zueva@oplata-pro.example.ru> | service, table of tariffs, contract steps, Outlook header
{{Анатолий, добрый день!
Наши тарифы на интернет-эквайринг:
| Старт | 2,9% с оборота
| Бизнес | 2,4% при обороте от 1 млн ₽
| Корпоративный | индивидуально
Договор заключаем онлайн: заполняете анкету, подписываете через ЭДО. Подключение занимает 3 рабочих дня.}}

С уважением,
Екатерина Зуева
Оплата.Про, отдел подключения

From: Анатолий Смирнов <anatoly@shopper.example>
Sent: Monday, December 7, 2026 11:15 AM
To: sales@oplata-pro.example.ru
Subject: Тарифы и договор
=== ru human plain utf-8 b64 svc | Кирилл Антонов <kirill@crm-dvor.example.ru> | service, bullet list, P.S. with link, Gmail attribution
{{Здравствуйте, Анатолий!
Коротко по вопросам:
• тариф «Команда» — 990 ₽ за пользователя в месяц, «Компания» — 1490 ₽;
• договор-оферта принимается при оплате счёта, бумажный договор — по запросу;
• запуск — 1-2 рабочих дня, перенос базы ещё 5 рабочих дней.
P.S. Демо-доступ на 14 дней: https://crm-dvor.example.ru/demo}}

Кирилл
CRM Двор

вт, 8 дек. 2026 г. в 10:05, Анатолий Смирнов <anatoly@shopper.example>:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru human html koi8-r qp svc | Логистика Север <dogovor@sever-log.example.ru> | HTML-only koi8-r, ruble sign converted, disclaimer
{{Добрый день, Анатолий!
Стоимость доставки по нашим тарифам — от 190 ₽ за посылку до 1 кг, забор со склада бесплатно от 30 отправлений.
Договор высылаем на почту, подписание через ЭДО или курьером. Всё вместе — около 5 рабочих дней.}}

Менеджер Орлова Н.
"Логистика Север"

Сообщение может содержать коммерческую тайну. Несанкционированное использование запрещено.
=== ru human plain windows-1251 b64 svc | Павел Гринёв <grinev@site-konstruktor.example.ru> | windows-1251, partial: prices only
{{Анатолий, здравствуйте!
Тарифы: «Витрина» 600 руб./мес, «Магазин» 1200 руб./мес, «Профи» 2900 руб./мес.
Про договор напишет юрист, я передал ему ваш вопрос.}}

Всех благ,
Павел
=== ru human alt utf-8 b64 svc noirt | Поддержка Кассы24 <support@kassa24.example.ru> | Russian helpdesk chrome with ticket number in subject, agent line, survey | [#77142] Re: Тарифы и договор
— Напишите ответ выше этой строки —

Ваш запрос №77142 был обновлён

Агент: Илья Ковалёв · 08.12.2026 10:47

{{Анатолий, добрый день!
Онлайн-касса по нашему тарифу — 2200 ₽ в месяц, фискальный накопитель 15 месяцев — 9500 ₽.
Договор — публичная оферта, принимается в личном кабинете, по желанию подпишем и в ЭДО.
Регистрация кассы в ФНС занимает 1-3 рабочих дня.}}

Илья, поддержка Кассы24

Как мы справились? Поставьте оценку: 1 2 3 4 5
Это письмо отправлено через систему поддержки. Номер обращения: 77142
=== ru human plain utf-8 qp svc | Соня Ремизова <sonya@bukhgalter-plus.example.ru> | inline answers to three questions
{{Анатолий, здравствуйте!}}

> Какие у вас тарифы,
{{От 3500 руб. в месяц для ИП на УСН, от 9000 руб. для ООО.}}

> как заключить договор
{{Пришлите реквизиты, договор отправим через ЭДО (Диадок или СБИС).}}

> и сколько времени это займёт?
{{Обычно 2 рабочих дня с момента получения реквизитов.}}

Соня
Бухгалтер Плюс
=== ru human html utf-8 qp svc | Мария Тихонова <m.tikhonova@sms-centr.example.ru> | HTML-only, pleasantry before valediction, social footer
{{Добрый день, Анатолий!
Спасибо за интерес к нашему сервису.
Цена одного SMS — от 2,15 руб. в зависимости от объёма; абонентской платы нет.
Договор заключается по оферте на сайте, для юрлиц подпишем по ЭДО. Подключение и регистрация имени отправителя — около 5 рабочих дней.
Хорошего дня!}}

С уважением,
Мария Тихонова, аккаунт-менеджер
SMS-Центр · +7 (495) 120-66-03 · vk.com/smscentr_example
=== ru human plain koi8-r qp svc | Фулфилмент "Склад 42" <hello@sklad42.example.ru> | koi8-r, «Спасибо за обращение!» used as sign-off (removed)
{{Анатолий, здравствуйте!
Приёмка товара — 15 руб. за единицу, хранение — 450 руб. за паллету в неделю, сборка заказа от 35 руб.
Договор пришлём после короткого брифа, подписываем в ЭДО.
Старт работы — через 3 рабочих дня после подписания.}}

Спасибо за обращение!
Команда "Склад 42"
=== ru human alt utf-8 qp svc | Андрей Шубин <shubin@hosting-sibir.example.ru> | ticket-style chrome footer, link to ticket, quote history
{{Здравствуйте, Анатолий.
Тарифы хостинга для магазина: 290 ₽/мес (1 сайт), 690 ₽/мес (5 сайтов), VPS от 1100 ₽/мес.
Договор — оферта, при оплате счёта юрлицом закрывающие документы приходят в ЭДО.
Сервер создаётся за 10 минут, документы оформляются за 1 рабочий день.}}

--
Андрей Шубин, техподдержка Хостинг Сибирь

Тикет #SIB-55029 · https://my.hosting-sibir.example.ru/tickets/55029
Оценить ответ: https://my.hosting-sibir.example.ru/rate/55029

08.12.2026 10:12 — Анатолий Смирнов написал(а):
Добрый день! Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru human plain utf-8 8bit svc | Лилия Гарипова <liliya@dostavka-plus.example.ru> | informal, emoji, «Обнимаю» valediction
{{Анатолий, привет!
Да всё просто 😊 Тариф 3% от суммы заказов, минималка 5000 руб. в месяц.
Договор присылаю вам на почту, подписываете — и в работе.
Подключаем за 2 рабочих дня.}}

Обнимаю,
Лиля
=== ru human html windows-1251 qp svc | Юридический сервис ПравоДело <info@pravodelo.example.ru> | HTML-only windows-1251, Outlook header block in HTML, legal disclaimer
{{Анатолий, добрый день!
Абонентское юридическое сопровождение: 15 000 руб./мес (до 10 часов работы юриста), разовые консультации — 3000 руб.
Для заключения договора пришлите карточку предприятия, проект договора направим в течение 1 рабочего дня.}}

С уважением,
Анна Воронцова
ПравоДело

Настоящее сообщение содержит конфиденциальную информацию и предназначено только для указанного получателя.

От: Анатолий Смирнов [mailto:anatoly@shopper.example]
Отправлено: вторник, 8 декабря 2026 г. 10:20
Кому: info@pravodelo.example.ru
Тема: Тарифы и договор
=== ru human plain utf-8 b64 svc | Ефим Карпов <efim.karpov@marketing-lab.example.ru> | signature in a box of dashes, answer ends with a pleasantry
{{Анатолий, добрый день!
Ведение рекламы у нас от 25 000 ₽ в месяц плюс рекламный бюджет. Договор стандартный, пришлю шаблон — подписание через ЭДО или сканами.
Запуск первых кампаний — 7 рабочих дней после брифа.
Буду рад поработать вместе!}}

-----------------------------
Ефим Карпов
Marketing Lab · руководитель проектов
+7 916 402-11-85
-----------------------------
=== ru human alt utf-8 qp svc | ТелеФон-Облако <sales@telefon-oblako.example.ru> | Yandex attribution, bullet list, emoji
{{Здравствуйте, Анатолий! 👋
- Виртуальная АТС: 490 ₽ за линию в месяц;
- номер 8-800: от 1200 ₽ в месяц;
- договор — оферта, документы в ЭДО;
- подключение в течение 1 рабочего дня.}}

Ваш менеджер,
Глеб

08.12.2026, 10:33, "Анатолий Смирнов" <anatoly@shopper.example>:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru human plain koi8-r 8bit svc | Галина Мельникова <melnikova@transport-ekspress.example.ru> | koi8-r 8bit, old-school signature with fax
{{Уважаемый Анатолий!
Тарифы на перевозку сборных грузов: 18 руб./кг по области, 26 руб./кг по России, минимальная стоимость 900 руб.
Договор направим после получения реквизитов, срок оформления 2 рабочих дня.}}

С уважением,
нач. отдела продаж Мельникова Г.А.
тел./факс (3452) 55-21-90
=== ru human html utf-8 b64 svc | Облачная бухгалтерия «Счётик» <team@schetik.example.ru> | HTML-only marketing-style layout, status footer, unsubscribe line
{{Анатолий, добрый день!
Тарифы «Счётика»: Базовый — 4900 ₽ в год, Оптимальный — 9900 ₽ в год, Максимум — 19 900 ₽ в год.
Договор — оферта, акцептуется оплатой; для бюджетных организаций готовим отдельный договор.
Доступ открывается сразу после оплаты, безналичный платёж идёт 1-2 рабочих дня.}}

Ваша команда «Счётика»

Вы получили это письмо, потому что обратились в поддержку Счётика. Отписаться от рассылки: https://schetik.example.ru/unsub
=== ru human plain utf-8 qp svc | Олег Баранов <o.baranov@pechat-tut.example.ru> | curt, typos, Outlook quote under «-----Исходное сообщение-----»
{{добрый день
прайс во вложении не поместился, вкратце: визитки от 900 р за 1000шт, листовки от 2,50 руб/шт
договор по запросу, обычно по счёту работаем. срок 3 рабочих дня}}

Олег

-----Исходное сообщение-----
От: Анатолий Смирнов [mailto:anatoly@shopper.example]
Отправлено: 8 декабря 2026 г. 10:44
Тема: Тарифы и договор
=== ru human alt koi8-r b64 svc | Виктория Шестакова <v.shestakova@kurier-city.example.ru> | koi8-r base64 alternative, German valediction
{{Анатолий, здравствуйте!
Курьерская доставка по городу — 350 руб. за заказ, при объёме от 300 заказов в месяц — 290 руб.
Договор подписываем через ЭДО, запуск за 2 рабочих дня.}}

Mit freundlichen Grüßen
Виктория Шестакова
Курьер Сити
=== ru human plain utf-8 8bit svc | Стас <stas@webstudio-kub.example.ru> | answer with numbered steps, pleasantry, signature after «--»
{{Анатолий, здравствуйте!
Сайт-магазин под ключ — от 120 000 ₽, поддержка 8000 ₽ в месяц.
Как заключаем договор:
1. созвон на 20 минут;
2. присылаем договор и смету;
3. подписываем в ЭДО, предоплата 50%.
Сроки разработки — от 20 рабочих дней.
Спасибо, что обратились!}}
-- 
Станислав Куб, веб-студия «Куб»
=== ru human html utf-8 qp svc | Мерчант-сервис Пэй.Ру <partners@pey-ru.example.ru> | HTML-only, Russian helpdesk «обращение обновлено» line, agent/time line, history block
Обращение обновлено

Диана Сафина ответила 8 декабря, 11:03

{{Анатолий, добрый день!
Комиссия для магазинов — 2,7% по картам и 0,7% по СБП, без абонентской платы.
Договор заключается онлайн: регистрируетесь, загружаете документы, подписываете оферту. Проверка занимает 2 рабочих дня.}}

Диана
Пэй.Ру

Ваше сообщение от 8 декабря, 10:15:
Добрый день! Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru human plain windows-1251 qp svc | Игорь Смолин <smolin@tara-upak.example.ru> | windows-1251, answer plus phone, Ukrainian valediction
{{Анатолий, доброго дня!
Упаковка для маркетплейсов: короба от 24 руб./шт, пакеты от 3 руб./шт. Договор поставки подпишем за 1 рабочий день, отгрузка на следующий.
Если удобнее голосом: +7 (843) 250-70-12.}}

З повагою,
Ігор Смолін
=== ru human alt utf-8 b64 svc | Рита Полякова <rita@email-rassylki.example.ru> | pleasantry kept, Thunderbird attribution wrapped over two lines
{{Анатолий, добрый день!
Тарифы на рассылки зависят от базы: до 5000 контактов — 1290 ₽/мес, до 20 000 — 3490 ₽/мес.
Договор — публичная оферта, для юрлиц выставим счёт и закрывающие в ЭДО. Аккаунт активируется за 1 рабочий день после модерации.
Отличной недели!}}

Маргарита
Email-Рассылки

08.12.2026 11:21, Анатолий Смирнов
<anatoly@shopper.example> пишет:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru human plain utf-8 qp svc | Хостинг-провайдер «Альфа-Сервер» <billing@alfa-server.example.ru> | partial answer with duration only, signature with working hours
{{Здравствуйте, Анатолий.
Договор оформляется за 1 рабочий день, цены смотрите на странице https://alfa-server.example.ru/prices — там все актуальные тарифы.}}

Отдел биллинга
Пн-Пт 9:00-18:00 МСК
=== ru human html koi8-r b64 svc | Ростислав Ежов <ezhov@ofd-sever.example.ru> | HTML-only koi8-r, guillemets converted, device line
{{Анатолий, здравствуйте!
Тариф ОФД — 3000 руб. в год за кассу, при оплате на 3 года — 7800 руб.
Договор-оферта принимается в личном кабинете «ОФД Север», регистрация занимает 1 рабочий день.}}

Ростислав

Отправлено с iPad
=== ru human plain utf-8 b64 svc | Лариса Кудрявцева <kudryavtseva@perevodchik-pro.example.ru> | forwarded, answer above «Forwarded message» block
{{Анатолий, здравствуйте!
Переслали ваш вопрос мне. Письменный перевод — от 450 ₽ за страницу, срочный — 800 ₽.
Договор заключаем по счёт-оферте, оформление в день обращения, перевод 3 рабочих дня.}}

Лариса К., бюро «Переводчик Про»

---------- Forwarded message ---------
От: Офис <office@perevodchik-pro.example.ru>
Date: вт, 8 дек. 2026 г. в 11:30
Subject: Fwd: Тарифы и договор
To: Лариса <kudryavtseva@perevodchik-pro.example.ru>
"""
SPECS += r"""
=== ru redirect plain utf-8 8bit shop | Магазин «Кладовка» <info@kladovka.example.ru> | redirect to phone, Gmail attribution
{{Здравствуйте! По заказам и самовывозу звоните, пожалуйста, по номеру +7 (812) 640-22-17, наши менеджеры всё подскажут.}}

Кладовка

пн, 7 дек. 2026 г. в 11:05, Анатолий Смирнов <anatoly@shopper.example>:
> Здравствуйте!
> До скольки работает пункт самовывоза?
=== ru redirect html utf-8 b64 shop | Зоомагазин «Хвост» <hvost@hvost-zoo.example.ru> | HTML-only, redirect to WhatsApp and Telegram, emoji
{{Анатолий, добрый день! 🐾
Заказы через почту мы не принимаем — напишите нам в WhatsApp wa.me/79001234567 или в Telegram t.me/hvost_zoo_example, там ответят быстрее.}}

Команда «Хвоста»
=== ru redirect plain koi8-r qp shop | Ольга Рязанова <ryazanova@stroy-dvor.example.ru> | koi8-r, redirect to sales department address
{{Здравствуйте, Анатолий.
Этот ящик для бухгалтерии, по заказам пишите в отдел продаж: sales@stroy-dvor.example.ru.}}

Рязанова О.
бухгалтерия
=== ru redirect plain windows-1251 b64 shop | Интернет-магазин ГаджетОк <shop@gadzhetok.example.ru> | windows-1251, bare phone number answer
{{8 800 505-44-12}}

-----Original Message-----
From: Анатолий Смирнов
Sent: Monday, December 07, 2026 11:22 AM
Subject: Самовывоз сегодня
=== ru redirect alt utf-8 qp shop | Кристина <kristina@podushki-pledy.example.ru> | redirect to site chat, pleasantry kept, iPhone device line
{{Анатолий, здравствуйте! Оформить заказ и узнать про самовывоз проще всего в чате на нашем сайте — там дежурит консультант. Хорошего дня!}}

Кристина

Отправлено с iPhone
=== ru redirect html windows-1251 qp shop noirt | Служба клиентов «Дом Обоев» <client@dom-oboev.example.ru> | HTML-only windows-1251, helpdesk chrome and ticket footer, «передали в отдел продаж»
##- Ответ пишите выше этой строки -##

{{Анатолий, здравствуйте!
Ваше письмо передано в отдел продаж, менеджер свяжется с вами в ближайшее время.}}

Служба клиентов «Дом Обоев»

Заявка № DO-11873 · статус: передана в отдел продаж
=== ru redirect plain utf-8 qp shop | Михаил Деев <m.deev@velo-servis.example.ru> | «оставьте заявку на сайте» redirect, valediction «Пока»
{{Анатолий, привет! Оставьте заявку на сайте velo-servis.example.ru, с вами свяжутся и всё оформят.}}

Пока!
Миша
=== ru redirect plain utf-8 b64 shop | Аптека «Здоровье+» <apteka@zdorovie-plus.example.ru> | redirect to the call centre, Outlook Russian block
{{Добрый день!
Информацию о работе пунктов выдачи и оформлении заказов вы можете получить в нашем колл-центре по телефону 8 (800) 250-31-31, звонок бесплатный.}}

С уважением, администрация

От: Анатолий Смирнов <anatoly@shopper.example>
Отправлено: 7 декабря 2026 г. 12:11
Кому: apteka@zdorovie-plus.example.ru
Тема: Самовывоз сегодня
=== ru redirect alt koi8-r b64 shop | Елена Гусева <guseva@kanctovary.example.ru> | koi8-r alternative, redirect to VK messages
{{Анатолий, здравствуйте!
Напишите, пожалуйста, нам в сообщения группы ВКонтакте vk.com/kanctovary_example — заказы оформляем там.}}

Хорошего дня,
Елена
=== ru redirect plain utf-8 8bit shop | Юлия <yulia@svet-lampa.example.ru> | curt redirect «позвоните», Android device line
{{Позвоните нам, пожалуйста: +7 (351) 700-80-90}}

Отправлено с устройства Samsung
=== ru redirect html utf-8 qp shop | «Мир Посуды» <order@mir-posudy.example.ru> | HTML-only, «этот адрес не принимает заказы» and a link
{{Здравствуйте, Анатолий!
К сожалению, на этот адрес заказы не принимаются. Пожалуйста, воспользуйтесь формой на странице https://mir-posudy.example.ru/kontakty или позвоните нам.}}

Мир Посуды · интернет-магазин
=== ru redirect plain windows-1251 8bit shop | Руслан <ruslan@shiny-kolesa.example.ru> | windows-1251 8bit, redirect to a branch phone, typo valediction «С уважение»
{{Добрый день. По самовывозу это к складу, вот их телефон 8 (846) 277-19-03, они скажут.}}

С уважение,
Руслан
=== ru redirect alt utf-8 b64 svc | Иван Рожков <rozhkov@bank-kassa.example.ru> | service redirect to a manager call, «тарифы индивидуальные»
{{Анатолий, добрый день!
Тарифы у нас индивидуальные, их рассчитывает персональный менеджер. Оставьте номер телефона — он вам перезвонит.}}

С уважением,
Иван Рожков
Банк-Касса, отдел привлечения

вт, 8 дек. 2026 г. в 10:08, Анатолий Смирнов <anatoly@shopper.example>:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru redirect plain utf-8 qp svc | Поддержка Склад.Онлайн <help@sklad-online.example.ru> | redirect to sales address, ticket footer
{{Здравствуйте, Анатолий!
Поддержка не консультирует по тарифам и договорам. Пожалуйста, напишите в отдел продаж: sales@sklad-online.example.ru.}}

Поддержка Склад.Онлайн
---
Обращение № 90817 закрыто. Если вопрос не решён, ответьте на это письмо.
=== ru redirect html koi8-r qp svc | Телеком-Регион <info@telecom-region.example.ru> | HTML-only koi8-r, call us during working hours
{{Добрый день!
По вопросам подключения и заключения договора просим обращаться по телефону (4212) 41-00-00 с 9 до 18 по местному времени.}}

ООО "Телеком-Регион"
=== ru redirect plain utf-8 b64 svc | Жанна Котова <kotova@reklama-ekran.example.ru> | redirect to website form, signature with position
{{Анатолий, добрый день.
Пожалуйста, заполните бриф на сайте reklama-ekran.example.ru/brief — после этого менеджер подготовит предложение.}}

Жанна Котова
офис-менеджер
Рекламное агентство «Экран»
=== ru redirect alt windows-1251 qp svc | Касса-Сервис <office@kassa-servis.example.ru> | windows-1251, forwarded to sales «они свяжутся», Outlook header
{{Анатолий, здравствуйте!
Ваше письмо переслала в коммерческий отдел, коллеги свяжутся с вами сегодня-завтра.}}

Светлана, секретарь

From: Анатолий Смирнов [mailto:anatoly@shopper.example]
Sent: Tuesday, December 8, 2026 10:50 AM
To: office@kassa-servis.example.ru
Subject: Тарифы и договор
=== ru redirect plain utf-8 8bit svc | Вадим <vadim@it-autsors.example.ru> | redirect to Telegram, emoji, informal
{{Привет! Удобнее в телеге обсудить 👉 t.me/vadim_it_example}}

В.
=== ru redirect html utf-8 b64 svc noirt | Отдел поддержки Маркетплейс-Про <care@marketplace-pro.example.ru> | HTML-only helpdesk chrome with agent line, redirect to personal account chat | [MP-4410] Тарифы и договор
Ответ специалиста · Алина · 08.12.2026 11:44

{{Анатолий, здравствуйте!
Подробнее о тарифах и подключении расскажут в чате личного кабинета: https://lk.marketplace-pro.example.ru — нажмите «Связаться с менеджером».}}

Алина, Маркетплейс-Про

Оцените ответ специалиста: 👍 / 👎
=== ru redirect plain koi8-r b64 svc | Архив-Хранение <arhiv@arhiv-hranenie.example.ru> | koi8-r, bare «звоните» with two numbers
{{Звоните: (495) 988-12-40, (495) 988-12-41}}

Архив-Хранение
=== ru redirect plain utf-8 qp svc | Эльвира Назарова <nazarova@strahovanie-gruz.example.ru> | redirect to a colleague's e-mail and phone, Yandex attribution
{{Анатолий, добрый день!
Этими вопросами занимается мой коллега Артём Соколов, напишите ему на a.sokolov@strahovanie-gruz.example.ru или позвоните +7 (495) 220-45-18.}}

Эльвира

08.12.2026, 12:01, "Анатолий Смирнов" <anatoly@shopper.example>:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== ru redirect alt utf-8 qp svc | Служба подключения Интернет-Эквайринг.Ру <connect@ekvayring.example.ru> | «оставьте заявку», pleasantry, status footer
{{Здравствуйте!
Для расчёта тарифа оставьте заявку на подключение на нашем сайте, менеджер перезвонит в течение часа. Спасибо за интерес!}}

Служба подключения

Статус: ожидает заявки
=== ru redirect plain windows-1251 qp svc | Кадровое агентство «Персонал» <personal@kadry-personal.example.ru> | windows-1251, redirect to office visit
{{Анатолий, здравствуйте.
Условия обсуждаем только при личной встрече — приезжайте к нам в офис на Невском, 40, с 10 до 18, или позвоните 8 (812) 313-50-60.}}

С ув., Инна
=== ru redirect html utf-8 qp svc | Бюро переводов «Лингва» <lingva@lingva-buro.example.ru> | HTML-only, Mail.ru attribution, redirect to calculator link
{{Здравствуйте, Анатолий!
Стоимость рассчитывается онлайн в калькуляторе: https://lingva-buro.example.ru/calc — там же можно отправить заявку.}}

Бюро «Лингва»

Вторник, 8 декабря 2026, 12:20 +03:00 от Анатолий Смирнов <anatoly@shopper.example>:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
"""
SPECS += r"""
=== en human alt utf-8 qp shop | Hannah Pike <hannah@northbound-gear.example> | English, Gmail attribution, bullet list
{{Hi Anatoly,
Thanks for reaching out!
- Our pickup point on Dock Street is open until 8 pm today.
- You can place the order on our site, or reply with the items and I'll set it up for you.
- Same-day delivery works if we get the order before 3 pm.}}

Warm wishes,
Hannah
Northbound Gear

On Mon, Dec 7, 2026 at 11:02 AM Анатолий Смирнов <anatoly@shopper.example> wrote:
> Здравствуйте!
> До скольки работает пункт самовывоза?
=== en human plain us-ascii 7bit shop | Tom Haller <tom@haller-hardware.example> | plain ASCII, curt, sent from iPhone
{{We close at 6. Send me the list and I'll get it out today.}}

Sent from my iPhone
=== en human html utf-8 b64 shop noirt | Bluefin Outdoors Support <support@bluefin-outdoors.example> | HTML-only Zendesk-like chrome: reply-above marker, agent/time line, survey | [#40972] Re: Самовывоз сегодня
##- Please type your reply above this line -##

Your request (40972) has been updated.

Megan (Bluefin Outdoors)
Dec 7, 2026, 12:31 GMT+3

{{Hello Anatoly,
Our pickup counter is open 9:00 to 19:00 on weekdays.
I can place the order for you right now — just tell me the items and sizes. If it's in by 2 pm, our courier delivers today.
Have a lovely day!}}

Megan
Customer Care

How would you rate my reply? Good, I'm satisfied / Bad, I'm unsatisfied
=== en human plain iso-8859-1 qp shop | Lukas Brenner <lukas@brenner-delikatessen.example> | latin-1 QP, German valediction, inline answers
{{Hello Anatoly,}}

> До скольки работает пункт самовывоза?
{{Pickup until 18:30, Saturdays till 14:00.}}

> Помогите оформить заказ!
{{Happy to, just reply with what you'd like.}}

> Мне нужно организовать доставку сегодня.
{{Same-day delivery is possible in the city centre.}}

Mit freundlichen Grüßen
Lukas Brenner
Brenner Delikatessen
=== en human alt utf-8 b64 shop | Priya Natarajan <priya@spiceroute-market.example> | Outlook From/Sent block, emoji, pleasantry
{{Hi Anatoly 👋
Our pickup desk is open until 21:00 tonight.
If you'd like, I can place the order for you over e-mail — send the product names and your address and we'll organise delivery today.
Hope this helps!}}

Best,
Priya | Spice Route Market

From: Анатолий Смирнов <anatoly@shopper.example>
Sent: Monday, December 7, 2026 11:40
To: hello@spiceroute-market.example
Subject: Самовывоз сегодня
=== en human plain utf-8 8bit shop | Owen Marsh <owen.marsh@marshbikes.example> | signature after «-- », P.S.
{{Hey Anatoly,
Shop's open until 7pm, pickup at the back door.
Order online at https://marshbikes.example/shop or just tell me what you need.
We can deliver today if you're within the ring road.
P.S. We're closed on Sunday this week.}}
-- 
Owen Marsh
Marsh Bikes · 0161 555 0192
=== en human html windows-1252 qp shop | Clara Dubois <clara@maison-lumiere.example> | HTML-only windows-1252, French valediction, disclaimer
{{Dear Anatoly,
Thank you for your message.
The showroom and pickup point are open from 10 to 19.
You can place the order through our website; delivery today is possible for items in stock.}}

Bien cordialement,
Clara Dubois
Maison Lumière

This message is intended only for the named recipient. If you are not the intended recipient, please notify the sender and delete it.
=== en human alt utf-8 qp shop | Kettle & Crumb Bakery <orders@kettlecrumb.example> | Apple Mail attribution, pleasantry, short sign-off «x»
{{Hi Anatoly!
We're open till 5pm for collection.
Happy to take your order here — tell us the cake and the message to pipe on it, and we can deliver today after 4.
Have a sweet day!}}

x Jo

> On 7 Dec 2026, at 12:15, Анатолий Смирнов <anatoly@shopper.example> wrote:
>
> Здравствуйте!
=== en human plain us-ascii 7bit shop | Gregor Vance <gvance@vance-tools.example> | ASCII, table of opening hours, Outlook separator
{{Hello Anatoly,
Pickup hours:
| Mon-Fri | 8:00 - 18:00
| Sat | 9:00 - 13:00
I can place the order for you; delivery today if ordered before noon.}}

Regards,
Gregor Vance
Vance Tools Ltd.

________________________________
From: Анатолий Смирнов
Sent: 07 December 2026 11:58
Subject: Самовывоз сегодня
=== en human html utf-8 qp shop | Freshbox Help <help@freshbox-grocer.example> | HTML-only Freshdesk-like footer with ticket link and survey
{{Hi Anatoly,
Thanks for getting in touch with Freshbox!
Our pickup point is open 24 hours — it's a locker, you get a code by SMS.
To place the order just use the app; I've added a free same-day delivery voucher to your account so we can deliver today.}}

Cheers,
Dani from Freshbox

Ticket #88120 · View it online: https://freshbox-grocer.example/support/tickets/88120
Was this helpful? Yes / No
=== en human plain iso-8859-1 8bit shop | Søren Holm <soren@holm-design.example> | latin-1 8bit, Danish valediction, partial answer
{{Hi Anatoly, we're open until 17:00 today. About delivery I need to check with our driver — I'll get back to you within the hour.}}

Venlig hilsen
Søren
=== en human alt utf-8 b64 shop | Maya Ortiz <maya@pawsandco.example> | answer with phone and link, pleasantry, thread below «-----Original Message-----»
{{Hi Anatoly,
Paws & Co pickup is open till 8pm.
You can place the order at https://pawsandco.example/order or call me on +44 20 7946 0321 and I'll do it over the phone. Same-day delivery is available in the city.
Give your pet a cuddle from us!}}

Maya

-----Original Message-----
From: Анатолий Смирнов <anatoly@shopper.example>
Sent: Monday, December 7, 2026 1:02 PM
Subject: Самовывоз сегодня
=== en human plain utf-8 qp shop | Ben Achterberg <ben@tulipcorner.example> | Dutch valediction «Groetjes», typo «Thnaks»
{{Hi Anatoly,
Thnaks for the mail. Our pickup point is open 9 to 18, and we can deliver your order today if you order before 2.
Just send me the flowers you want.}}

Groetjes,
Ben
=== en human html us-ascii 7bit shop | Riverside Electronics <sales@riverside-elec.example> | HTML-only ascii, signature table, phone
{{Good afternoon Anatoly,
Our pickup point is open until 7 pm.
Please place the order on our website and choose "Express today" at checkout; same-day delivery costs 9.99.}}

Kind regards,
Nina Fowler
Sales Team | Riverside Electronics
Tel +1 555 0143 200
=== en human alt utf-8 qp shop | Ivy Chen <ivy@lotus-tea.example> | forwarded chain below answer, emoji
{{Hi Anatoly 🍵
My colleague passed your message to me. We're open until 20:00 and I'd love to help you place the order — tell me the teas. Delivery today is fine.}}

Ivy

---------- Forwarded message ---------
From: Lotus Tea Info <info@lotus-tea.example>
Date: Mon, Dec 7, 2026 at 12:40 PM
Subject: Fwd: Самовывоз сегодня
To: Ivy Chen <ivy@lotus-tea.example>
=== en human plain windows-1252 qp shop | Rafael Mendes <rafael@casa-mendes.example> | windows-1252, Portuguese valediction, curly quotes
{{Hello Anatoly,
The store’s pickup window closes at 19:00.
I’ll gladly place the order for you – send the list and we’ll deliver today.}}

Abraço,
Rafael
""" 
SPECS += r"""
=== en human alt utf-8 qp svc | Laura Kim <laura.kim@paygrid.example> | service, table of tariffs, Gmail attribution
{{Hi Anatoly,
Here are our plans:
| Starter | 2.9% + 0.30 per transaction
| Growth | 2.5% from 1M monthly volume
The contract is an online agreement you accept on sign-up; we can also sign via EDI (ЭДО) for Russian entities. Onboarding takes 3 business days.}}

Best regards,
Laura Kim
PayGrid Partnerships

On Tue, Dec 8, 2026 at 10:11 AM Анатолий Смирнов <anatoly@shopper.example> wrote:
> Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== en human plain us-ascii 7bit svc | Mark Dunford <mark@shipfast-logistics.example> | ASCII, bullets with asterisks, signature after «--»
{{Hello Anatoly,
* Domestic parcels from 4.50 per shipment
* Contract: we send a PDF, you sign and return it
* Setup usually takes 2 working days}}
--
Mark Dunford | ShipFast Logistics
=== en human html utf-8 b64 svc noirt | CartCraft Support <support@cartcraft.example> | HTML-only Help Scout-like layout, agent line, thread history | Re: Тарифы и договор [CC-2281]
Joanna replied to your conversation · Dec 8, 11:20 AM

{{Hi Anatoly,
Our plans are $29, $79 and $299 a month (Basic, Shop, Advanced), billed monthly or yearly.
There's no separate paper contract — our terms of service act as the offer, and we can provide a signed agreement for enterprise clients. Your store can be live the same day; domain setup takes 1-2 business days.
Let me know if you'd like a demo!}}

Joanna
CartCraft Customer Success

Anatoly Smirnov · Dec 8, 10:02 AM
Добрый день! Какие у вас тарифы, как заключить договор и сколько времени это займёт?
=== en human plain iso-8859-1 qp svc | Émile Garnier <emile@garnier-conseil.example> | latin-1, French valediction, partial answer
{{Hello Anatoly,
Our consulting fee is 150 EUR per hour, monthly retainers from 2,000 EUR.
I'll send the contract details tomorrow.}}

Cordialement,
Émile
=== en human alt utf-8 b64 svc | Sam Oduya <sam@cloudledger.example> | numbered steps, pleasantry, Outlook header
{{Hi Anatoly,
Thanks for your interest in CloudLedger.
Pricing: 19 USD per user per month, or 15 USD billed annually.
To sign the contract:
1. fill in the order form;
2. we send the agreement for e-signature;
3. your workspace is ready within 1 business day.
Looking forward to working with you!}}

Kind regards,
Sam

From: Анатолий Смирнов <anatoly@shopper.example>
Sent: Tuesday, 8 December 2026 10:30
To: sales@cloudledger.example
Subject: Тарифы и договор
=== en human html windows-1252 qp svc | Gwen Price <gwen@price-legal.example> | HTML-only windows-1252, long legal disclaimer
{{Dear Mr Smirnov,
Our fixed-fee company package is £450; hourly work is billed at £180.
We will send our engagement letter (the contract) by e-mail for signature; it usually takes 2 business days to complete the checks.}}

Yours sincerely,
Gwen Price
Price Legal LLP

CONFIDENTIALITY: This e-mail and any attachments are confidential and may be privileged. If you have received it in error, please tell us immediately and delete it. Price Legal LLP is a fictional partnership.
=== en human plain utf-8 8bit svc | Ana Ruiz <ana@trackly.example> | informal, emoji, Spanish valediction
{{Hey Anatoly! 😊
Trackly is 49 € a month flat, no per-order fees.
Contract = our online terms, you accept them when you subscribe. You can start in 10 minutes, invoicing setup takes 1 business day.}}

¡Saludos!
Ana
=== en human alt utf-8 qp svc | Helpline Adspark <help@adspark.example> | helpdesk chrome: reply marker, update line, ticket link, satisfaction link
-- Reply above this line to respond --

Update on ticket #5530

{{Hello Anatoly,
Ad management starts at 500 USD per month plus ad spend.
We sign a simple service agreement by e-signature; campaigns launch within 5 business days after the brief.}}

Priyanka, Adspark Support

View your ticket: https://support.adspark.example/t/5530
Rate this reply: https://support.adspark.example/rate/5530
=== en human plain us-ascii 7bit svc | Derek Lowe <derek@lowe-hosting.example> | ASCII, inline answers
{{Hi Anatoly,}}

> Какие у вас тарифы,
{{Shared hosting 5 USD/month, VPS from 20 USD/month.}}

> как заключить договор
{{Online terms; for companies we sign a PDF contract.}}

> и сколько времени это займёт?
{{Account in minutes, contract in 1 business day.}}

Derek
=== en human html utf-8 qp svc | Yuki Tanaka <yuki@kaizen-crm.example> | HTML-only, Japanese valediction, link
{{Hello Anatoly,
Kaizen CRM costs 12 USD per seat monthly. The full price list is at https://kaizen-crm.example/pricing.
The contract is our subscription agreement; we can countersign a PDF within 2 business days.}}

よろしくお願いします
Yuki Tanaka
=== en human plain utf-8 qp svc | Fiona Blake <fiona@blake-translations.example> | P.S., sign-off «All the best»
{{Hi Anatoly,
Translation is 0.10 EUR per word, with a 40 EUR minimum.
We work on a short framework contract, signed electronically. Standard turnaround is 3 working days.
P.S. First 500 words are free for new clients.}}

All the best,
Fiona Blake
Blake Translations
=== en human alt iso-8859-1 b64 svc | Nordlys Payments <partners@nordlys-pay.example> | latin-1 base64, Norwegian valediction, disclaimer
{{Hi Anatoly,
Card payments cost 1.9% per transaction, no monthly fee.
The merchant agreement is signed with BankID or e-signature; approval usually takes 2 business days.}}

Med vennlig hilsen
Ingrid Solberg
Nordlys Payments AS

The information in this e-mail is confidential.
=== en human plain utf-8 b64 svc | Chris Ward <chris@wardfulfil.example> | answer with phone, short pleasantry, wrapped Outlook quote
{{Hi Anatoly,
Pick & pack is 1.20 per order, storage 15 per pallet a week.
Contract: our standard 12-month agreement, signed by DocuSign. Onboarding 5 business days.
Happy to jump on a call: +44 161 555 0177.
Cheers for reaching out!}}

Chris

-----Original Message-----
From: Анатолий Смирнов <anatoly@shopper.example>
Sent: Tuesday, December 8, 2026
11:04 AM
To: info@wardfulfil.example
Subject: Тарифы и договор
=== en human html us-ascii 7bit svc | Metric Mail <team@metricmail.example> | HTML-only ascii, bullets, marketing footer with unsubscribe
{{Hi Anatoly,
- Up to 2,000 contacts: 15 USD/month
- Up to 10,000 contacts: 45 USD/month
- Contract: accept our terms online; annual invoicing on request
- Activation: within 1 business day}}

The Metric Mail team

You received this e-mail because you contacted Metric Mail. Unsubscribe: https://metricmail.example/u
=== en human alt utf-8 qp svc | Oliver Grant <oliver@grant-accounting.example> | Apple Mail attribution, pleasantry
{{Dear Anatoly,
Our bookkeeping packages start at 250 GBP per month.
Once you confirm, I'll send the engagement contract via e-signature; setup is about 3 working days.
Have a great week!}}

Best,
Oliver

> On 8 Dec 2026, at 10:45, Анатолий Смирнов <anatoly@shopper.example> wrote:
>
> Добрый день!
=== en human plain windows-1252 8bit svc | Zoë Hartmann <zoe@hartmann-studio.example> | windows-1252 8bit, curt
{{Hi – websites from 3,500 €, contract by e-mail, about 15 working days to launch.}}

Zoë
"""
SPECS += r"""
=== en redirect plain us-ascii 7bit shop | Corner Pantry <info@cornerpantry.example> | redirect to phone, ASCII
{{Hi, please give us a call on 020 7946 0958 and we'll sort it out.}}

Corner Pantry
=== en redirect html utf-8 b64 shop | Lumen Home Support <help@lumenhome.example> | HTML-only helpdesk, redirect to live chat, ticket footer
##- Please reply above this line -##

{{Hi Anatoly,
For orders and pickup questions please use the live chat on lumenhome.example — our team is online 9-21.}}

Lumen Home Support

Ticket #3318 was closed. Reply to reopen.
=== en redirect alt utf-8 qp shop | Jake Holloway <jake@holloway-wines.example> | redirect to sales e-mail, Gmail attribution
{{Hey Anatoly, this inbox is for suppliers. Please write to orders@holloway-wines.example and they'll help.}}

Jake

On Mon, 7 Dec 2026 at 11:55, Анатолий Смирнов <anatoly@shopper.example> wrote:
> Здравствуйте!
=== en redirect plain iso-8859-1 qp shop | Márta Kovács <marta@kovacs-kitchen.example> | latin-1, bare WhatsApp link, Hungarian valediction
{{WhatsApp: wa.me/36201234567}}

Üdv,
Márta
=== en redirect html us-ascii 7bit shop | Pinecrest Toys <hello@pinecrest-toys.example> | HTML-only, «we do not take orders by e-mail», link to form
{{Hello,
We are unable to take orders by e-mail. Please fill in the request form at https://pinecrest-toys.example/contact and a team member will call you back.}}

Pinecrest Toys
=== en redirect plain utf-8 8bit shop | Leo <leo@leos-pizza.example> | curt «call the shop», emoji, sent from mobile
{{Call the shop mate 📞 +1 555 0100 777}}

Sent from my Galaxy
=== en redirect alt windows-1252 qp shop | Alder & Oak Furniture <studio@alderoak.example> | windows-1252, passed to sales team, pleasantry
{{Hi Anatoly,
I’ve passed your message to our sales team – they’ll be in touch shortly. Have a nice day!}}

Kind regards,
Beth
Alder & Oak
=== en redirect plain us-ascii 7bit shop | Westside Pharmacy <contact@westside-pharm.example> | redirect to Telegram channel
{{Hello! Please message us on Telegram: t.me/westside_pharm_example - orders are handled there.}}

Westside Pharmacy
=== en redirect html utf-8 qp svc | Ledgerly Sales <sales@ledgerly.example> | HTML-only, «pricing is custom, book a call», link
{{Hi Anatoly,
Our pricing is tailored to each business. Please book a short call with an account executive here: https://ledgerly.example/book — they'll walk you through plans and the contract.}}

Best,
Ledgerly Sales
=== en redirect plain utf-8 qp svc | Rita Moss <rita@moss-freight.example> | redirect to colleague, Outlook block
{{Hi Anatoly,
I'm not the right person for this — please contact our sales manager Paul Green at paul@moss-freight.example or +44 113 496 0555.}}

Regards,
Rita

From: Анатолий Смирнов <anatoly@shopper.example>
Sent: 08 December 2026 10:25
Subject: Тарифы и договор
=== en redirect alt us-ascii 7bit svc | Brightline Telecom <support@brightline-tel.example> | helpdesk chrome, update line, redirect to sales phone
Your support request #7741 has been updated

{{Hello,
Support can't advise on commercial terms. Please call our sales line 0800 555 0199 (Mon-Fri 9-17).}}

Brightline Support

Request #7741 - Status: Solved
=== en redirect plain iso-8859-1 8bit svc | Jörg Albers <albers@albers-it.example> | latin-1 8bit, «leave a request on the website», German valediction
{{Hello Mr. Smirnov,
please leave a request on our website albers-it.example/anfrage, we will contact you.}}

Viele Grüße
Jörg Albers
=== en redirect html utf-8 b64 svc noirt | Quanta Pay Help <help@quantapay.example> | HTML-only Intercom-like, redirect to dashboard chat | Re: Тарифы и договор
{{Hi Anatoly 👋
The quickest way to get pricing is to open the chat in your dashboard at https://dashboard.quantapay.example and ask for the partnerships team.}}

Nate from Quanta Pay
=== en redirect plain utf-8 b64 svc | Helen Brooks <helen@brooks-insure.example> | forwarded to sales, P.S.-free, device line
{{Hi Anatoly, I've forwarded your e-mail to our commercial department, someone will contact you soon.}}

Helen

Sent from Outlook for iOS
=== en redirect alt utf-8 qp svc | Vela Analytics <hello@vela-analytics.example> | redirect to e-mail sales address, pleasantry
{{Hi Anatoly,
Thanks for writing! Please send your questions to sales@vela-analytics.example — our sales team handles tariffs and contracts. Have a great day!}}

Cheers,
Tess
=== en redirect plain us-ascii 7bit svc | Norton & Pryce Consulting <office@nortonpryce.example> | bare phone number
{{+1 555 0188 4040}}

--
Norton & Pryce
"""


# ---------------------------------------------------------------------------------------------------------------
PERSONA = ("Анатолий Смирнов", "anatoly@shopper.example")
SUBJECTS = {"shop": "Самовывоз сегодня", "svc": "Тарифы и договор"}
LEGACY = {"₽": "руб.", "№": "N"}
KOI8_EXTRA = {"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"}
BULLET = re.compile(r"^(- |• |\* )")


def parse_specs(text):
    specs = []
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        parts = [p.strip() for p in head.split("|")]
        words = parts[0].split()
        lang, kind, fmt, cs, cte, seg = words[:6]
        flags = set(words[6:])
        specs.append(dict(lang=lang, kind=kind, fmt=fmt, cs=cs, cte=cte, seg=seg, flags=flags,
                          sender=parts[1], note=parts[2], subject=parts[3] if len(parts) > 3 else None,
                          body=body.rstrip("\n ") + "\n"))
    return specs


def adapt(text, cs):
    """Text as a legacy-charset client would send it."""
    if cs in ("koi8-r", "windows-1251"):
        text = text.replace(" ₽", " руб.").replace("₽", "руб.")
        for a, b in LEGACY.items():
            text = text.replace(a, b)
    if cs == "koi8-r":
        for a, b in KOI8_EXTRA.items():
            text = text.replace(a, b)
    return text


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def expected_of(body, fmt):
    out = []
    for seg in re.findall(r"\{\{(.*?)\}\}", body, flags=re.S):
        for line in seg.split("\n"):
            line = line.strip()
            if line.startswith("|"):
                line = " ".join(cells(line))
            elif fmt != "plain":
                line = BULLET.sub("", line)
            if line:
                out.append(line)
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def render_plain(lines):
    out = []
    for line in lines:
        if line.startswith("|"):
            c = cells(line)
            out.append("  ".join(x.ljust(16) for x in c[:-1]) + "  " + c[-1])
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def esc(s, rng):
    s = html.escape(s, quote=False)
    if rng.random() < 0.5:
        s = s.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;")
    s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
    return s


def render_html(lines, cs, rng):
    style = rng.randrange(4)
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].strip()); i += 1
            inner = "".join("<div>%s</div>" % (esc(x, rng) or "<br>") for x in q)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            continue
        if BULLET.match(line):
            items = []
            while i < len(lines) and BULLET.match(lines[i]):
                items.append(BULLET.sub("", lines[i])); i += 1
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(x, rng) for x in items))
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i])); i += 1
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c, rng) for c in r) for r in rows))
            continue
        if style == 1:
            out.append("<p class=\"MsoNormal\">%s<o:p></o:p></p>" % (esc(line, rng) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc(line, rng) or "<br>"))
        i += 1
    body = "\n".join(out)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    if style == 0:
        return '<div dir="ltr">\n%s\n</div>\n' % body
    if style == 1:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>%s<style>p.MsoNormal{margin:0;'
                'font-family:Calibri,sans-serif}</style></head>\n<body lang="RU" link="#0563C1">\n<div class="WordSection1">\n'
                '%s\n</div>\n</body></html>\n' % (meta, body))
    if style == 2:
        return ('<!DOCTYPE html>\n<html><head>%s</head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">\n%s\n'
                '</td></tr></table>\n</body></html>\n' % (meta, body))
    return '<html><head>%s</head><body>\n%s\n</body></html>\n' % (meta, body)


def encode_part(text, cs, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(cs)
    if cte == "b64":
        raw = raw.replace(b"\n", b"\r\n")
        b = base64.b64encode(raw).decode("ascii")
        return "base64", "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii").replace("\n", "\r\n")
    return ("7bit" if cte == "7bit" else "8bit"), raw.decode(cs).replace("\n", "\r\n")


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(s, cs).encode()


def mailbox(name, addr, cs):
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return email.utils.formataddr((name, addr), charset=cs)


def build(spec, n, rng):
    cs = spec["cs"]
    body = adapt(spec["body"], cs)
    try:
        body.replace("{{", "").replace("}}", "").encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"          # as mail clients do when the text no longer fits the legacy charset
    cte = spec["cte"]
    if cte == "7bit" and not body.isascii():
        cte = "qp"
    expected = expected_of(body, spec["fmt"])
    lines = body.replace("{{", "").replace("}}", "").rstrip("\n").split("\n")
    seg = spec["seg"]
    day = 7 if seg == "shop" else 8
    sent = datetime.datetime(2026, 12, day, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    sent += datetime.timedelta(minutes=rng.randrange(30, 400), seconds=rng.randrange(60))
    name, addr = re.match(r"(.*?)\s*<(.+)>", spec["sender"]).groups()
    dom = addr.split("@")[1]
    hcs = cs if cs not in ("us-ascii",) else "utf-8"
    to = PERSONA[1]
    if "plus" in spec["flags"]:
        to = "anatoly+f%05x@shopper.example" % rng.randrange(16 ** 5)
    subject = spec["subject"] or rng.choice(["Re: ", "Re: ", "RE: ", "Re: "]) + SUBJECTS[seg]
    probe = "<%s.%08x@shopper.example>" % (seg, rng.randrange(16 ** 8))
    h = [
        "Return-Path: <%s>" % addr,
        "From: %s" % mailbox(name, addr, hcs),
        "To: %s" % mailbox(PERSONA[0], to, hcs),
        "Subject: %s" % hdr(subject, hcs),
        "Date: %s" % format_datetime(sent),
        "Message-ID: <%x.%x@%s>" % (rng.randrange(16 ** 10), rng.randrange(16 ** 6), dom),
    ]
    if "noirt" not in spec["flags"]:
        h += ["In-Reply-To: %s" % probe, "References: %s" % probe]
    h.append("MIME-Version: 1.0")
    plain = render_plain(lines)
    fmt = spec["fmt"]
    if fmt == "plain":
        t, payload = encode_part(plain, cs, cte)
        h += ["Content-Type: text/plain; charset=\"%s\"" % cs, "Content-Transfer-Encoding: %s" % t]
        msg = "\r\n".join(h) + "\r\n\r\n" + payload
    elif fmt == "html":
        t, payload = encode_part(render_html(lines, cs, rng), cs, cte)
        h += ["Content-Type: text/html; charset=\"%s\"" % cs, "Content-Transfer-Encoding: %s" % t]
        msg = "\r\n".join(h) + "\r\n\r\n" + payload
    else:
        b = "----=_Part_%d_%x" % (n, rng.randrange(16 ** 8))
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        parts = []
        for ctype, text in (("plain", plain), ("html", render_html(lines, cs, rng))):
            t, payload = encode_part(text, cs, cte)
            parts.append("--%s\r\nContent-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n%s"
                         % (b, ctype, cs, t, payload))
        msg = "\r\n".join(h) + "\r\n\r\n" + "".join(parts) + "--%s--\r\n" % b
    raw = msg.encode("utf-8" if cte == "8bit" and cs == "utf-8" else cs if cte == "8bit" else "ascii")
    short = re.sub(r"[^a-z0-9]+", "-", dom.split(".example")[0].lower()).strip("-")
    fname = "%03d-%s.eml" % (n, short)
    fmtname = {"plain": "text/plain", "html": "HTML only", "alt": "multipart/alternative"}[fmt]
    note = "%s; %s; %s %s; %s; %s" % ({"ru": "Russian", "en": "English"}[spec["lang"]], fmtname, cs,
                                       {"b64": "base64", "qp": "quoted-printable"}.get(cte, cte),
                                       {"shop": "shop script", "svc": "services script"}[seg], spec["note"])
    if cs != spec["cs"]:
        note += "; sent as utf-8 because the quote does not fit %s" % spec["cs"]
    return fname, raw, expected, note


class _Text(__import__("html.parser").parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def visible(msg):
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        s = part.get_content()
        if part.get_content_subtype() == "html":
            p = _Text(); p.feed(s); s = " ".join(p.out)
        texts.append(s)
    return "\n".join(texts)


def main():
    specs = parse_specs(SPECS)
    RNG.shuffle(specs)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "manifest.csv":
            os.remove(os.path.join(OUT, f))
    rows, counts, bad = [], {}, 0
    for n, spec in enumerate(specs, 1):
        fname, raw, expected, note = build(spec, n, RNG)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        rows.append((fname, spec["kind"], expected, "train", note))
        # verification: parses, CRLF only, expected words present in the decoded body
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        words = set(re.findall(r"\w+", visible(msg).lower()))
        missing = [w for w in re.findall(r"\w+", expected.lower()) if w not in words]
        if missing or re.search(rb"(?<!\r)\n", raw) or msg.defects or not expected:
            bad += 1
            print("PROBLEM", fname, missing[:5], msg.defects, file=sys.stderr)
        key = (spec["kind"], spec["lang"], spec["fmt"])
        counts[key] = counts.get(key, 0) + 1
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kind", "expected_reply", "split", "note"])
        w.writerows(rows)
    print("messages:", len(rows), " problems:", bad)
    for k in ("kind", "lang", "fmt"):
        idx = ("kind", "lang", "fmt").index(k)
        agg = {}
        for key, v in counts.items():
            agg[key[idx]] = agg.get(key[idx], 0) + v
        print(k + ":", dict(sorted(agg.items())))
    for key in sorted(counts):
        print("  %-9s %-3s %-6s %d" % (key + (counts[key],)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
