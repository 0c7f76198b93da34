#!/usr/bin/env python3
"""Generate bench/corpus/more_words/: labelled training replies stressing the reply's own words.

Standard library only, fixed random seed, imports nothing from the project.
Run: python3 bench/corpus/make_more_words.py

Every answer below is written once.  Lines beginning with "> " in an answer are
the customer's question lines quoted between inline answers; every other line is
the reply's own words and becomes expected_reply.  The generator wraps each
answer in varied client, signature and helpdesk chrome and checks the result.
"""
import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import formataddr
from html.parser import HTMLParser

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "more_words")

ANSWERS = r"""
=== human ru shop
Здравствуйте, Анатолий!
Пункт самовывоза на Гончарной, 14 сегодня работает до 20:00.
Заказ можете оформить прямо ответом на это письмо: пришлите артикулы и телефон, соберём за час.
Доставку сегодня тоже сделаем, если подтвердите до 15:00, — курьер приедет с 18 до 22.
Хорошего вечера!
=== human ru shop
Добрый день. До 21:00. Оформим, пишите, что нужно.
=== human ru shop
Анатолий, добрый день!

Отвечаю по пунктам:
- самовывоз: пн–пт с 9 до 19, сб до 16;
- заказ: оформите на сайте или пришлите список сюда, я сам заведу;
- доставка сегодня: по городу да, 350 руб., окно с 17 до 21.

Если что-то непонятно — спрашивайте.
=== human ru shop
Здравствуйте!
1) Пункт выдачи открыт до 19.30 без выходных.
2) Чтобы оформить заказ, нужны ФИО, телефон и список позиций — можно ответом на это письмо.
3) Сегодняшняя доставка возможна экспресс-курьером за 590 руб., если заказ оплачен до 14:00.
=== human ru shop
Привет, Анатолий! 👋
Мы открыты до 22:00, так что успеете 🙂
Кидайте, что хотите заказать, — оформлю за вас, а курьер сегодня вечером привезёт 🚚
=== human ru shop
здравствуйте. самовывоз до 18 00 работаем. заказ оформим,напишите номер телефона перезвоним уточнить. доставка сегодня уже не получится только завтра с утра извините
=== human ru shop
Добрый день, Анатолий.
Спасибо, что написали нам!
Склад-магазин на Промышленной работает круглосуточно, выдача по коду из СМС.
Оформить заказ проще всего через корзину на сайте, но если неудобно — продиктуйте состав в ответ, я соберу вручную.
Доставка сегодня есть: такси-курьер, оплата по тарифу перевозчика, обычно 300–450 руб.
=== human ru shop
Здравствуйте! Самовывоз работает до 17:00 по будням. По доставке уточню у логиста и напишу отдельно.
=== human ru shop
Анатолий, приветствую.
Сегодня выдаём до 20:00 (обычно до 19, но перед праздниками продлили).
С заказом помогу: вот корзина https://{DOM}/cart — добавьте товары и нажмите «Оформить». Если застрянете, звоните мне на +7 (912) 440-18-27, проведу по шагам.
Доставка в день заказа — только по центру, до 3 км от склада.
=== human ru shop
Здравствуйте.
ПВЗ: пр. Мира, 88, вход со двора, 10:00–21:00.
Заказ оформил за вас по прошлому письму — номер 55-1207, проверьте, пожалуйста, состав.
Курьер сегодня будет между 16 и 19 часами.
Удачного дня!
=== human ru shop
Доброе утро!
Да, сегодня работаем до 19. Оформляйте через сайт, выбирайте «самовывоз» — соберём к обеду. Доставку на сегодня, к сожалению, уже не берём: все машины расписаны.
=== human ru shop
Здравствуйте, Анатолий!
Наш пункт выдачи открыт с 8 до 23 ежедневно.
По заказу: ответьте, какие товары нужны и куда везти, — оформлю и пришлю ссылку на оплату.
Организовать доставку сегодня реально, если адрес в пределах КАД.
Ждём вашего ответа!
=== human ru shop
Уважаемый Анатолий!
Благодарим за интерес к нашей продукции.
Сообщаем, что пункт самовывоза функционирует с 09:00 до 18:00, перерыв с 13:00 до 14:00.
Для оформления заказа просим направить перечень позиций с количеством; счёт будет выставлен в течение часа.
Доставка в день обращения осуществляется при оплате до 12:00.
=== human ru shop
Анатолий, здравствуйте! Меня зовут Дарья, я менеджер магазина.
Самовывоз до 20:00, адрес придёт в СМС после оформления.
Оформить помогу: какой товар вас интересует? Если тот же чайник, что лежит у вас в корзине, он есть на складе.
Доставка сегодня — 400 руб., привезём до 21:00.
=== human ru shop
До 19. Сегодня доставим, оформляйте на сайте.
=== human ru shop
Здравствуйте!
Короткий ответ: до 18:30.
Длинный: в будни до 18:30, в субботу до 15:00, в воскресенье выходной. Заказ можно оформить по телефону или здесь, в почте, — как удобнее. Доставка сегодня по городу бесплатна от 3000 руб.
Обращайтесь!
=== human ru shop
Анатолий, добрый вечер.
Извините, что отвечаем не сразу.
Пункт выдачи открыт до 21:00, сегодня тоже.
Заказ я оформила по вашему списку, счёт пришлю следующим письмом.
Сегодня отвезти успеем, если оплатите в течение часа.
=== human ru shop
Здравствуйте. Работаем круглосуточно, оформить можно на сайте в любое время. Доставка сегодня — да, курьерской службой, от 490 руб.
=== human ru shop
Добрый день!
Пункт самовывоза в ТЦ «Орбита», 2 этаж, работает как торговый центр — с 10 до 22.
Чтобы оформить заказ, нажмите «Купить в 1 клик» на странице товара: оставьте телефон, остальное сделаю я.
Сегодняшнюю доставку обещать не буду — зависит от склада; если товар в наличии в ТЦ, привезём к вечеру.
Надеюсь, помогла!
=== human ru shop
Анатолий, привет!
Мы маленькая мастерская, поэтому «пункт самовывоза» — это наш цех на Заречной, 5. Я там до 18, можно и позже, если предупредите.
Заказ оформим просто: напишите, какую доску и какой размер, я отложу.
Доставку сегодня сделаю сам на машине после 19:00, по городу 300 рублей.
=== human ru shop
Здравствуйте, Анатолий Смирнов!
Информируем: самовывоз с 10:00 до 20:00, пн–сб.
Ваш заказ можем оформить по телефону или через форму на сайте; если удобнее — пришлите в ответ наименования и количество.
Доставка «день в день» доступна при заказе до 13:00.
=== human ru shop
Добрый!
до 9 вечера открыты) закажите на сайте, сегодня же привезём, курьеры до 23 катаются
=== human ru shop
Здравствуйте, Анатолий.
Наш пункт выдачи на Лесной улице сегодня работает до 16:00 — сокращённый день из-за инвентаризации.
Заказ помогу оформить: ответьте, пожалуйста, на два вопроса — какой размер и какой цвет. Остальное заполню сама.
Доставка сегодня возможна только до пункта выдачи партнёра у метро, до 20:00.
Спасибо, что выбрали нас!
=== human ru shop
Здравствуйте!
Часы работы пункта самовывоза:
пн–пт 10:00–20:00
сб–вс 11:00–18:00
Заказ оформлен, номер А-7741. Доставку сегодня поставили на вечер, курьер позвонит за час.
=== human ru shop
Анатолий, добрый день!
Отвечу по порядку.
Во-первых, самовывоз сегодня до 19:00.
Во-вторых, оформить заказ можно у меня: пришлите ссылку на товар, и я пришлю счёт.
В-третьих, доставка сегодня будет стоить 700 рублей из-за срочности.
Всё понятно?
=== human ru shop
Здравствуйте!
Пункт самовывоза до 20, доставку сегодня сделаем.
=== human ru shop
> До скольки работает пункт самовывоза?
До 20:00 ежедневно.
> Помогите оформить заказ!
Оформил, номер 3318, проверьте состав в личном кабинете.
> Мне нужно организовать доставку сегодня.
Курьер будет с 17 до 20, оплата при получении.
=== human ru shop
Здравствуйте, Анатолий!
> До скольки работает пункт самовывоза?
Сегодня до 18:00, завтра с 9.
> Помогите оформить заказ! Мне нужно организовать доставку сегодня.
Оформить заказ можно на сайте, доставка сегодня — при оплате до полудня.
=== human ru shop
Добрый день!
> До скольки работает пункт самовывоза?
круглосуточно, постамат у входа
> Помогите оформить заказ!
напишите артикул — оформлю
=== human ru shop
Анатолий, спасибо за вопрос!
Самовывоз у нас с 11 до 21, без перерыва на обед.
Если хотите, оформлю заказ по телефону — просто ответьте, во сколько удобно созвониться, и я наберу сам.
Про доставку: сегодня курьеры уже загружены, но есть вариант «до двери за 2 часа» через партнёра, 650 руб.
=== human ru svc
Здравствуйте, Анатолий!
Тарифы у нас такие: «Старт» — 990 руб. в месяц, «Бизнес» — 2 490 руб., «Про» — 5 900 руб.
Договор заключаем по оферте: оплачиваете счёт — и договор считается заключённым.
Подключение занимает 1 рабочий день после оплаты.
=== human ru svc
Добрый день.
Эквайринг: 1,9% с оборота, без абонентской платы. Договор подписываем в ЭДО, нужно только заполнить анкету. Срок — 3 рабочих дня.
=== human ru svc
Анатолий, здравствуйте!

Коротко по вашим вопросам:
• стоимость — от 1 500 руб. за склад в месяц, полный прайс по ссылке https://{DOM}/price;
• договор — типовой, пришлём на подпись через ЭДО или курьером;
• сроки — от подписания до первой отгрузки обычно 5 рабочих дней.

Если нужно, созвонимся и пройдёмся по деталям.
=== human ru svc
Здравствуйте!
1. Тариф «Базовый» — 3 000 ₽/мес, «Расширенный» — 7 500 ₽/мес.
2. Договор: вы присылаете реквизиты, мы готовим договор и счёт, подписываем в Диадоке или на бумаге.
3. Всё вместе занимает 2–3 рабочих дня.
=== human ru svc
Привет! 😊
Цены простые: 0% первый месяц, дальше 2,5% с каждой продажи.
Договор — оферта на сайте, принимаете галочкой при регистрации.
По времени — минут 15 на регистрацию и 1 рабочий день на проверку документов 👍
=== human ru svc
Уважаемый Анатолий!
Благодарим за обращение в нашу компанию.
Стоимость обслуживания определяется тарифной сеткой: до 100 отправлений в месяц — 45 руб. за отправление, свыше 100 — 38 руб.
Заключение договора производится путём подписания двустороннего документа; проект договора направим по запросу.
Срок заключения составляет не более 5 рабочих дней с момента получения подписанных документов.
=== human ru svc
Здравствуйте, Анатолий.
Тариф один — 12 000 руб. в год за одну кассу. Договор пришлю, как только вы пришлёте ИНН. Займёт дня два-три.
=== human ru svc
Анатолий, добрый день!
Спасибо за интерес к нашей CRM.
Тарифы: 590 руб. за пользователя в месяц при оплате за год и 790 руб. — помесячно.
Договор заключается в электронном виде: в личном кабинете нажимаете «Выставить счёт», указываете реквизиты, договор формируется автоматически.
На всё уйдёт 1 рабочий день, а демо-доступ открою прямо сегодня, если захотите.
Будем рады сотрудничеству!
=== human ru svc
Добрый день!
Стоимость разработки магазина — от 85 000 руб., поддержка — 9 000 руб. в месяц.
Договор подписываем после брифа, срок разработки — 20 рабочих дней.
Подробнее могу рассказать по телефону, если удобно.
=== human ru svc
Здравствуйте.
Прайс во вложении не отправляю — у нас всего два тарифа, напишу здесь: 1 200 руб. и 2 800 руб. в месяц.
Договор — через ЭДО, сроки — 1–2 рабочих дня.
=== human ru svc
Анатолий, здравствуйте!
> Какие у вас тарифы,
Для интернет-магазинов — 2,2% за успешный платёж, минимум 500 руб. в месяц.
> как заключить договор
Заполните заявку в личном кабинете, договор придёт в ЭДО.
> и сколько времени это займёт?
3 рабочих дня.
=== human ru svc
Добрый день!
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
Тариф «Малый бизнес» — 1 990 руб./мес. Договор заключаем по оферте, подключение за 2 рабочих дня.
=== human ru svc
Здравствуйте, Анатолий!
Сразу по делу.
Стоимость доставки считается по весу: до 1 кг — 190 руб., до 5 кг — 320 руб., свыше — по договорённости.
Чтобы заключить договор, нужны карточка компании и доверенность на подписанта, присылайте на этот адрес.
Подготовим договор за 2 рабочих дня, ещё день — на активацию кабинета.
Надеюсь, всё понятно 🙂
=== human ru svc
Добрый день, Анатолий!
Тарифы у нас индивидуальные, но ориентир такой: 15–25 тыс. руб. в месяц за ведение магазина.
Договор можно подписать за один день по ЭДО.
К работе приступаем через 3 рабочих дня после подписания.
=== human ru svc
Здравствуйте.
Тариф «Оптимум» 4 900 руб./мес, «Максимум» 9 900 руб./мес, всё остальное — доп. опции.
Для договора пришлите, пожалуйста, реквизиты ответным письмом.
Оформление — 1 рабочий день.
Хорошего дня!
=== human ru svc
Здравствуйте, Анатолий!
Спасибо за ваш вопрос.
У нас три пакета:
— «Лайт»: 700 руб./мес, до 50 заказов;
— «Стандарт»: 1 400 руб./мес, до 300 заказов;
— «Безлимит»: 3 200 руб./мес.
Договор заключается акцептом оферты при первой оплате, бумажный экземпляр можем прислать почтой.
Активация — в течение 1 рабочего дня.
=== human ru svc
Добрый день!
Договор пока без ЭДО, только бумага: отправим вам два экземпляра, вы подписываете и возвращаете один. Обычно это 7 рабочих дней с учётом почты. Тарифы пришлю после того, как уточню у коллег объём ваших отправок.
=== human ru svc
Анатолий, добрый день.
Тариф — 3,5% с транзакции, без абонплаты.
Договор: анкета → проверка → подписание в ЭДО.
Срок: 4 рабочих дня.
=== human ru svc
Здравствуйте!
Рады, что вы к нам обратились.
По стоимости: фулфилмент — 29 руб. за единицу приёмки и 49 руб. за сборку заказа, хранение 6 руб. за ячейку в сутки.
По договору: направим проект, после согласования подписываем через ЭДО.
По срокам: от первого письма до приёмки товара на склад в среднем 6 рабочих дней.
Если будут вопросы — пишите, отвечу.
=== human ru svc
Добрый день!
цены: 500р в месяц за магазин, 1% с продаж. договор онлайн подпишем, минут за 10 справимся + 1 рабочий день на проверку
=== human ru svc
Здравствуйте, Анатолий.
Благодарю за письмо.
Подробный ответ:
Тариф «Облако» — 2 100 руб. в месяц за 10 ГБ и 5 пользователей.
Тариф «Облако+» — 4 300 руб. в месяц за 50 ГБ и 20 пользователей.
Договор заключаем с юрлицами и ИП; физлица работают по оферте.
Срок подключения после подписания — 2 рабочих дня.
Если нужно, пришлю пример договора.
=== human ru svc
Здравствуйте!
Цена от 3 000 руб., договор через ЭДО, 2 рабочих дня.
=== human ru svc
Анатолий, здравствуйте!
Прошу прощения за задержку — вчера был день запуска.
Отвечаю: тарифы на сайте в разделе «Цены», там же калькулятор; если кратко — от 1 100 руб. в месяц.
Договор: заполните заявку, менеджер пришлёт договор-оферту в ЭДО.
Сроки: подключаем за 3 рабочих дня.
Спасибо за терпение!
=== human ru svc
Здравствуйте, Анатолий!
> Какие у вас тарифы
Единый тариф — 2% от оборота.
> как заключить договор
Подписываем в ЭДО, нужен только ИНН.
> сколько времени это займёт?
Обычно 1 рабочий день, максимум 3 рабочих дня.
=== human ru svc
Добрый вечер!
Да, работаем с ИП. Абонентская плата 650 ₽ в месяц, комиссия 1,5%. Договор по оферте, подключение за 1 рабочий день.
=== human ru svc
Здравствуйте!
Цены на обслуживание 1С: от 4 000 руб. в месяц за 5 часов работы консультанта.
Договор составим под вас, подпишем по ЭДО или в офисе.
Начать можем через 2 рабочих дня.
Всего вам хорошего и спасибо, что нашли нас!
=== human ru svc
Анатолий, здравствуйте.
Ставка эквайринга зависит от оборота: до 1 млн руб. — 2,3%, до 5 млн — 1,9%, свыше — 1,6%.
Договор: присылаете устав и паспорт директора, мы проверяем и отправляем договор в ЭДО.
Весь процесс занимает 5 рабочих дней.
=== human ru svc
Добрый день!
Тариф для вас подберём, но базово: 1 000 руб. в месяц + 0,5% с оплат.
Договор заключается онлайн, в течение 1 рабочего дня.
=== human ru svc
Здравствуйте, Анатолий!
Спасибо за письмо и за интерес к сервису рассылок.
Тарифы зависят от размера базы: до 1 000 адресов — бесплатно, до 10 000 — 1 490 руб. в месяц, до 50 000 — 4 990 руб.
Договор — публичная оферта, счёт и акты выгружаются в кабинете; если нужен двусторонний договор, подготовим за 3 рабочих дня.
Отличного дня!
=== human ru svc
Добрый день, Анатолий!
Коротко: онлайн-касса в аренду — 1 700 руб. в месяц, с фискальным накопителем.
Договор аренды подписываем в офисе или курьером привозим к вам.
Касса будет готова к работе через 2 рабочих дня после подписания.
Заходите, покажем вживую!
=== human en shop
Hi Anatoly,
Our pickup point is open until 8 pm today.
I can place the order for you: just reply with the item codes and your phone number.
Same-day delivery is available within the city if you confirm before 3 pm.
=== human en shop
Hello!
Pickup: until 19:00, Monday to Saturday.
Order: reply with what you need and I'll set it up.
Delivery today: yes, 450 RUB by courier.
=== human en shop
Hi there 👋
We close at 9 pm tonight, so there's time!
Send me the links to what you want and I'll put the order together — a courier can bring it by 10 pm 🚚
=== human en shop
Dear Anatoly,
Thank you for contacting us.
Our pick-up point operates from 10:00 to 20:00 every day.
To place an order, please use the checkout on our website or send the list of products to this address; we will issue an invoice within an hour.
Same-day delivery is possible for orders paid before 13:00.
=== human en shop
Open till 6. Can deliver today, order on the site.
=== human en shop
Hi Anatoly,
Thanks for reaching out!
1. The store is open 24/7 — pickup is from the lockers at the entrance.
2. I've started an order for you; just confirm the size and I'll finalise it.
3. Delivery today works if you're inside the ring road.
Hope this helps!
=== human en shop
Hello Anatoly,
Sorry for the slow reply, we had a busy morning.
The pickup counter is open until 7:30 pm.
Unfortunately we can't deliver today any more — the earliest slot is tomorrow between 10 and 14. I can still place the order now so it goes out first thing.
=== human en shop
Hey Anatoly,
Yep, we're open till 22:00. Ping me the item names and I'll get the order going. Today's delivery is doable — 2-hour slots from 6 pm.
Cheers for the message!
=== human en shop
Good morning,
Pickup hours: 9:00–18:00 weekdays, 10:00–16:00 Saturday.
For an order, the quickest way is our "Buy in one click" button: leave your phone and I'll call back to confirm.
Same-day delivery is 590 RUB, ordered by noon.
=== human en shop
> До скольки работает пункт самовывоза?
Until 21:00.
> Помогите оформить заказ!
Done — order #8812, check your inbox for the confirmation.
> Мне нужно организовать доставку сегодня.
Courier booked for 17:00–20:00.
=== human en shop
Hi Anatoly,
Our warehouse shop on Harbour Lane is open from 8 am to 8 pm.
If you tell me what you'd like, I'll place the order and send you a payment link.
Delivery today depends on the address — where are you located?
=== human en shop
Hello Anatoly,
Thanks for your message. We're a small team, so here's the honest answer: pickup is until 5 pm, and same-day delivery isn't something we can do today. I can place your order right now and reserve the items for pickup tomorrow morning.
Let me know!
=== human en shop
Hi,
Until 20:00 today. Order's easy — add to cart and choose pickup. Delivery today: yes, by 21:00, 300 RUB.
=== human en shop
Dear Mr Smirnov,
We appreciate your interest.
The collection point is open until 18:00 on weekdays.
I have created a draft order for you (No. 44-907); please confirm the quantities by reply.
A same-day courier can be arranged for orders confirmed before 14:00.
=== human en shop
Hi Anatoly!
We're open till midnight 🌙
I'll help with the order: which flowers and what budget? Delivery today is our speciality — 90 minutes across town 💐
=== human en shop
Hello,
Pick-up counter: until 7 pm. I've put your order together from the basket you left on the site — just pay via the link in the confirmation and we'll deliver it today after 5.
Have a great day!
=== human en shop
Hi Anatoly,
Quick answer: until 19:00.
For the order, reply with the product names and I'll take care of it.
=== human en shop
Hello Anatoly,
Thanks for getting in touch with us!
Our showroom doubles as the pickup point and is open from 11 am to 9 pm.
Placing an order: you can do it over the phone at +7 (495) 700-31-18 or simply reply here with your list.
Same-day delivery: available for items in stock, from 400 RUB.
Looking forward to hearing from you.
=== human en shop
Hi!
We work round the clock. Just order on the site and pick "Express today" at checkout.
=== human en shop
Hello,
> До скольки работает пункт самовывоза?
20:00 on weekdays, 17:00 at weekends.
> Помогите оформить заказ!
Send me the SKU and I'll do it.
=== human en svc
Hi Anatoly,
Our plans: Basic at 990 RUB/month, Team at 2,490 RUB/month, Business at 5,900 RUB/month.
The contract is a public offer — paying the first invoice means you've accepted it.
Setup takes 1 business day.
=== human en svc
Hello,
Pricing is 1.9% per transaction, no monthly fee. We sign the contract via EDI; it takes 3 business days.
=== human en svc
Dear Anatoly,
Thank you for your enquiry.
- Standard: 3,000 RUB per month
- Premium: 7,500 RUB per month
To sign the contract we need your company details; we'll prepare the agreement and the invoice the same day.
The whole process usually takes 2–3 working days.
=== human en svc
Hi there!
Short version: 2.5% per sale, contract via our online offer, live within a day 🚀
=== human en svc
Hello Anatoly,
Thanks for your interest in our fulfilment service.
Storage is 6 RUB per cell per day, picking 49 RUB per order.
We'll send a draft contract once you share your company details; signing is done electronically.
From first contact to receiving your stock we usually need about 6 working days.
Happy to jump on a call if that helps.
=== human en svc
Hi Anatoly,
> Какие у вас тарифы,
From 1,200 RUB a month.
> как заключить договор
Online, through the dashboard.
> и сколько времени это займёт?
One business day.
=== human en svc
Good afternoon,
Our pricing is per seat: 590 RUB per user per month billed annually.
The agreement can be signed with a qualified e-signature or on paper.
Activation normally takes 1 working day after payment.
Kind thanks for writing to us!
=== human en svc
Hello,
We charge a flat 12,000 RUB per year per till. Contract on request, ready in 2–3 days.
=== human en svc
Hi Anatoly,
Great question — here's how it works:
1) Pick a plan: Lite (700 RUB/mo), Standard (1,400 RUB/mo) or Unlimited (3,200 RUB/mo).
2) Accept the offer when you pay the first invoice; we can also send a signed paper copy.
3) Your account is activated within 1 business day.
Any other questions, just ask.
=== human en svc
Dear Mr Smirnov,
Further to your message, please find our terms below.
Our rate for delivery services is 190 RUB per parcel up to 1 kg and 320 RUB up to 5 kg.
A contract is concluded upon receipt of your company card and a power of attorney for the signatory.
Preparation of the contract takes 2 business days.
=== human en svc
Hey Anatoly,
No fixed tariffs for web development, sorry — projects start at 85,000 RUB. The contract is signed after a short brief and the build takes about 20 working days.
=== human en svc
Hello,
Prices are on https://{DOM}/pricing — in short, from 2,100 RUB a month. Contracts are electronic and we activate within 2 business days.
=== human en svc
Hi Anatoly,
Thanks for the question!
We don't have an EDI setup yet, so the contract is paper-only: two copies by post, you sign and return one. Allow about 7 working days. Pricing: 1% of turnover, minimum 500 RUB a month.
=== human en svc
Hello Anatoly,
> Какие у вас тарифы, как заключить договор и сколько времени это займёт?
2% of turnover, sign via EDI with just your tax ID, usually 1 business day.
=== human en svc
Hi,
Our acquiring rates: up to 1M RUB turnover — 2.3%, up to 5M — 1.9%, above — 1.6%.
Send us your charter and the director's passport; we'll check them and send the contract through EDI.
All in all, 5 business days.
=== human en svc
Hello Anatoly,
Apologies for the delay.
Our email marketing plans are free up to 1,000 contacts and 1,490 RUB a month up to 10,000.
You accept the public offer on sign-up; a bilateral contract can be prepared in 3 business days if your accountant prefers one.
Have a lovely evening!
=== human en svc
Hi Anatoly,
1C support starts at 4,000 RUB a month for 5 consultant hours. We'll draft a contract for you and sign it via EDI or in our office. We can start in 2 business days.
=== human en svc
Good day Anatoly,
We'd be glad to work with you.
Tariffs: Cloud — 2,100 RUB/month; Cloud Plus — 4,300 RUB/month.
Contract: companies sign a bilateral agreement, individuals accept our offer.
Timing: 2 business days after signing.
=== human en svc
Hi,
It's 650 RUB a month plus 1.5%, contract by offer, live in 1 business day. 👍
=== human en svc
Hello Anatoly,
Our logistics rates start at 45 RUB per shipment (38 RUB above 100 a month).
Contract: we send a two-party agreement for signature; most clients sign within a week.
Onboarding itself takes 5 business days.
Thanks again for considering us.
=== redirect ru shop
Здравствуйте! По всем вопросам заказа звоните, пожалуйста, по телефону 8 (800) 555-41-20, там вам помогут.
=== redirect ru shop
Добрый день, Анатолий.
Эта почта не принимает заказы. Напишите, пожалуйста, в наш чат на сайте — операторы ответят быстрее.
=== redirect ru shop
Анатолий, здравствуйте!
Подскажем всё в WhatsApp: +7 921 300-77-45 😉
=== redirect ru shop
Здравствуйте.
Ваше письмо переслали в отдел продаж, с вами свяжутся.
=== redirect ru shop
+7 (343) 217-08-80
=== redirect ru shop
Добрый день!
По самовывозу и доставке у нас отвечает отдельная служба — пишите на dostavka@{DOM}.
=== redirect ru shop
Здравствуйте, Анатолий!
Оформить заказ и узнать режим работы можно в нашем Telegram-боте: t.me/{SLUG}_shop_bot.
=== redirect ru shop
Привет! Мы отвечаем только в сообщениях сообщества ВКонтакте: vk.com/{SLUG} — напишите туда, пожалуйста.
=== redirect ru shop
Здравствуйте.
Уточните, пожалуйста, информацию у менеджера по телефону 8-912-601-55-09 (с 9 до 18).
=== redirect ru shop
Добрый день, Анатолий!
Спасибо за письмо.
Вопросы по заказам мы принимаем через форму обратной связи на сайте: https://{DOM}/feedback — заполните её, и вам перезвонят.
=== redirect ru shop
Здравствуйте!
Мы продаём только через маркетплейс, все вопросы задавайте продавцу на странице товара.
=== redirect ru shop
Анатолий, добрый день.
Оставьте заявку на сайте, менеджер вам перезвонит и всё расскажет.
=== redirect ru shop
Здравствуйте.
Данный ящик для бухгалтерии. По заказам — zakaz@{DOM} или +7 (812) 409-22-16.
=== redirect ru shop
Доброго дня!
Позвоните нам, пожалуйста, так будет быстрее 📞 8 800 700-19-19
=== redirect ru shop
Здравствуйте, Анатолий!
Ваш вопрос передан в службу доставки. Они свяжутся с вами по телефону в ближайшее время.
=== redirect ru shop
Добрый день.
Обратитесь, пожалуйста, в ближайший магазин сети — адреса и телефоны есть на странице «Контакты».
=== redirect ru svc
Здравствуйте!
По тарифам и договору вас проконсультирует отдел продаж: sales@{DOM}.
=== redirect ru svc
Добрый день, Анатолий.
Стоимость рассчитывается индивидуально. Оставьте, пожалуйста, номер телефона — менеджер перезвонит.
=== redirect ru svc
Анатолий, здравствуйте!
Запишитесь на демонстрацию по ссылке https://{DOM}/demo — на встрече расскажем про тарифы и договор.
=== redirect ru svc
Здравствуйте.
Заполните, пожалуйста, бриф на сайте, после этого с вами свяжется аккаунт-менеджер.
=== redirect ru svc
Добрый день!
По подключению звоните в коммерческий отдел: +7 (383) 212-40-40, доб. 3.
=== redirect ru svc
Здравствуйте, Анатолий!
Благодарим за обращение. Ваш запрос направлен региональному партнёру, он свяжется с вами в течение дня.
=== redirect ru svc
Доброго времени суток!
Все условия — в личном кабинете после регистрации, там же можно задать вопрос менеджеру.
=== redirect ru svc
Здравствуйте.
Мы не консультируем по почте, напишите в онлайн-чат на сайте.
=== redirect ru svc
Анатолий, добрый день!
Для расчёта тарифа свяжитесь, пожалуйста, с нашим партнёром в вашем регионе — список на https://{DOM}/partners.
=== redirect ru svc
Здравствуйте!
Напишите нам в Telegram @{SLUG}_help, там ответят на все вопросы по тарифам 🙌
=== redirect ru svc
Добрый день.
Этим занимается другой отдел. Переслал ваше письмо коллегам из продаж — ждите звонка.
=== redirect ru svc
Здравствуйте, Анатолий.
Цены по запросу. Позвоните, пожалуйста: 8 (495) 640-18-00.
=== redirect ru svc
Здравствуйте!
Вопросы о подключении лучше задать на горячей линии 8 800 301-03-03, круглосуточно и бесплатно.
=== redirect ru svc
Анатолий, добрый вечер!
Отправьте, пожалуйста, запрос через форму «Стать клиентом» на нашем сайте: так заявка сразу попадёт к нужному специалисту.
=== redirect en shop
Hi, please call us on +7 (812) 330-40-50 for anything order-related.
=== redirect en shop
Hello Anatoly,
This inbox doesn't handle orders — please use the live chat on our website.
=== redirect en shop
Hi!
Message us on WhatsApp at +7 916 222-18-90 and we'll sort you out 🙂
=== redirect en shop
Dear customer,
Please contact our delivery department at delivery@{DOM}.
=== redirect en shop
Hello,
We only sell through our marketplace store — please ask the seller there.
=== redirect en shop
Hi Anatoly,
Your email has been forwarded to our sales team, someone will be in touch.
=== redirect en shop
+7 495 123-45-67
=== redirect en shop
Hello Anatoly,
Please visit your nearest store — addresses are on our Contacts page.
=== redirect en shop
Hi,
Best to give us a ring at 8 800 100-20-30, the team there can help.
=== redirect en shop
Hello,
Please fill in the form at https://{DOM}/contact and a manager will call you back.
=== redirect en svc
Hi Anatoly,
Pricing is custom for each client — our sales team will reach out to you shortly.
=== redirect en svc
Hello,
Please book a demo at https://{DOM}/demo and we'll go through plans and contracts on the call.
=== redirect en svc
Dear Anatoly,
For pricing and contracts please write to sales@{DOM}.
=== redirect en svc
Hi there,
We don't quote by email. Please call +7 (499) 350-22-10.
=== redirect en svc
Hello Anatoly,
Your request has been passed to our regional partner in your city; they will contact you.
=== redirect en svc
Hi,
Could you sign up and ask in the in-app chat? The onboarding team answers there.
=== redirect en svc
Hello,
Please ping us on Telegram, @{SLUG}_support.
=== redirect en svc
Hi Anatoly,
Our account managers handle this — please leave your phone number on the pricing page and they'll call you.
=== redirect en svc
Good afternoon,
I'm in accounts, not sales. I've forwarded your message to the right colleagues.
=== redirect en svc
Hello,
Please see our partners list at https://{DOM}/partners and contact the one nearest you.
"""

PROBE_SUBJECT = {"shop": "Самовывоз сегодня", "svc": "Тарифы и договор"}
PROBE_BODY = {
    "shop": ["Здравствуйте!",
             "До скольки работает пункт самовывоза? Помогите оформить заказ! Мне нужно организовать доставку сегодня.",
             "", "Анатолий Смирнов"],
    "svc": ["Добрый день!",
            "Какие у вас тарифы, как заключить договор и сколько времени это займёт?",
            "", "Анатолий Смирнов"],
}
PERSONA = "Анатолий Смирнов"
PADDR = "anatoly@shopper.example"

# (display name, slug) of invented companies; domains are slug + .example.ru / .example
COMPANIES = {
    ("ru", "shop"): [("Ладья", "ladya-shop"), ("Кедр Маркет", "kedr-market"), ("Горшок и Ко", "gorshok"),
                     ("Пряничная лавка", "pryanik"), ("Берег", "bereg-shop"), ("Точка Мебель", "tochka-mebel"),
                     ("Заречье", "zarechye"), ("Тёплый дом", "teply-dom"), ("Орбита Электро", "orbita-el"),
                     ("Лён и хлопок", "len-hlopok"), ("Сад-огород", "sadogorod"), ("Кофейный угол", "kofe-ugol"),
                     ("Мастерская Дубок", "dubok"), ("Светлица", "svetlitsa"), ("Зоомир у дома", "zoomir"),
                     ("Ромашка-Опт", "romashka-opt")],
    ("ru", "svc"): [("Платёжка", "platezhka"), ("КРМ Про", "krmpro"), ("Складно", "skladno"), ("Доставим", "dostavim"),
                    ("КассаПлюс", "kassaplus"), ("Облачный ряд", "oblryad"), ("Рассылкин", "rassylkin"),
                    ("Бухучёт-Сервис", "buhuchet"), ("Фулфилмент Восток", "ff-vostok"), ("Вебстрой", "webstroy"),
                    ("Почтовый двор", "pochtdvor"), ("Эквайр Лайн", "ekvline"), ("Кузница кода", "kuznitsa"),
                    ("Склад 24", "sklad24"), ("Белый кит", "belkit"), ("Северный склад", "sevsklad")],
    ("en", "shop"): [("Northpine", "northpine"), ("Tidewater Goods", "tidewater"), ("Harbour & Hill", "harbourhill"),
                     ("Brightloom", "brightloom"), ("Kettle & Co", "kettleco"), ("Mapleworks", "mapleworks"),
                     ("Fernway Flowers", "fernway"), ("Plumtree Supply", "plumtree"), ("Quillfield", "quillfield"),
                     ("Copperleaf", "copperleaf")],
    ("en", "svc"): [("Ledgerly", "ledgerly"), ("Parcelway", "parcelway"), ("StackPay", "stackpay"), ("ShipFast", "shipfast"),
                    ("CloudNest", "cloudnest"), ("Orbitly", "orbitly"), ("Bluequay", "bluequay"),
                    ("Greyhound Logistics", "greyhound-log"), ("Sundial CRM", "sundial"), ("Lanternpay", "lanternpay")],
}
NAMES_RU = ["Мария Козлова", "Ольга Белова", "Илья Панов", "Ксения Руднева", "Дарья Лисицына", "Сергей Гуров", "Артём Ветров",
            "Наталья Шишкина", "Екатерина Мельник", "Павел Орлов", "Алина Зуева", "Денис Ковалёв", "Юлия Тарасова",
            "Роман Ершов", "Светлана Кудрина", "Никита Фомин", "Вера Семёнова", "Глеб Аксёнов", "Ирина Блинова", "Тимур Сафин",
            "Анна Дроздова", "Олег Малахов", "Полина Гришина", "Евгений Лаптев", "Марина Щукина", "Кирилл Бондарь"]
NAMES_EN = ["Emily Carter", "Tom Hughes", "Priya Nair", "Lucas Moreau", "Hannah Schmidt", "Jake Donnelly", "Sofia Rossi",
            "Liam O'Brien", "Chloe Bennett", "Marco Silva", "Olivia Park", "Daniel Kowalski", "Grace Whitfield", "Ben Archer",
            "Nora Lindqvist", "Sam Patel", "Ella Fischer", "Ryan McAllister", "Zoe Adams", "Victor Lang"]
POS_RU = ["менеджер по работе с клиентами", "старший менеджер", "специалист службы поддержки", "руководитель отдела продаж",
          "администратор интернет-магазина", "менеджер по подключению", "директор", "оператор", "аккаунт-менеджер",
          "ведущий специалист", "менеджер", "владелец"]
POS_EN = ["Customer Success Manager", "Support Specialist", "Sales Lead", "Store Manager", "Account Executive",
          "Head of Partnerships", "Founder", "Customer Care", "Operations", "Onboarding Manager"]

VALEDICTIONS_RU = ["С уважением,", "С уважением", "С наилучшими пожеланиями,", "Всего доброго,", "Всего хорошего,",
                   "С уважением и наилучшими пожеланиями,", "С почтением,", "Искренне ваш,", "Спасибо за обращение!",
                   "Всех благ,", "На связи,", "С уважением, команда {co}", "Благодарим за обращение,", "С теплом,",
                   "Удачи и до связи,", "С благодарностью,", "Спасибо, что вы с нами!", "Будем на связи,"]
VALEDICTIONS_EN = ["Best regards,", "Kind regards,", "Regards,", "Cheers,", "Best,", "Thanks,", "Many thanks,",
                   "Warm regards,", "Sincerely,", "All the best,", "Talk soon,", "Yours,", "Thank you,", "Respectfully,",
                   "KR,", "BR,", "Warmly,", "Best wishes,", "Yours sincerely,", "With thanks,"]
VALEDICTIONS_OTHER = ["Mit freundlichen Grüßen", "Cordialement,", "Saludos,", "Pozdrawiam,", "Met vriendelijke groet,",
                      "Cordiali saluti,", "Med vänliga hälsningar,", "Atenciosamente,"]

DEVICE_RU = ["Отправлено с iPhone", "Отправлено с iPad", "Отправлено из мобильной Яндекс Почты",
             "Отправлено из Mail.ru для Android", "Отправлено с мобильного устройства", "Отправлено с моего Huawei",
             "Отправлено из приложения «Почта» для Windows", "Сообщение отправлено со смартфона",
             "Отправлено с Samsung Galaxy", "-- \nОтправлено из мобильного приложения"]
DEVICE_EN = ["Sent from my iPhone", "Get Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy",
             "Sent from Yahoo Mail on Android", "Sent from Proton Mail mobile", "Sent from my BlackBerry 10 smartphone.",
             "Sent from Mail for Windows", "Sent from my Pixel", "Sent from my iPad", "Sent with Spark"]
BANNERS_RU = ["Подписывайтесь на нас в Telegram: t.me/{slug} и VK: vk.com/{slug}",
              "🎄 До 31 декабря — скидка 10% по промокоду ЗИМА",
              "Оцените наш ответ: https://{dom}/rate",
              "Мы в соцсетях: ВКонтакте | Telegram | Дзен",
              "Скачайте приложение {co}: App Store | Google Play",
              "Берегите природу — не распечатывайте это письмо без необходимости."]
BANNERS_EN = ["Follow us on Instagram · LinkedIn · X", "Rate our support: https://{dom}/csat ★★★★★",
              "♻ Please consider the environment before printing this e-mail.",
              "Download the {co} app — App Store | Google Play",
              "We're hiring! https://{dom}/careers", "Follow us on LinkedIn for product news"]
DISCLAIMERS_RU = [
    "Настоящее сообщение и все приложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, пожалуйста, удалите его и уведомите отправителя.",
    "ВНИМАНИЕ: информация в этом письме носит справочный характер и не является публичной офертой.",
    "Данное письмо может содержать сведения, составляющие коммерческую тайну компании «{co}». Любое несанкционированное использование запрещено.",
    "Конфиденциально. Если письмо попало к вам случайно — сообщите нам и уничтожьте все копии.",
    "Отправляя ответ, вы соглашаетесь на обработку персональных данных в соответствии с политикой конфиденциальности: https://{dom}/privacy",
    "Содержание этого сообщения не является юридически значимым документом. Условия сотрудничества определяются договором.",
]
DISCLAIMERS_EN = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "CONFIDENTIALITY NOTICE: The contents of this message may be privileged. Any unauthorised review, use or distribution is prohibited.",
    "{co} Ltd is registered in Nowhere, company no. 0481516. Registered office: 1 Example Street. Nothing in this email constitutes a binding offer.",
    "Disclaimer: this message was sent from a monitored account. Views expressed are those of the sender and not necessarily of {co}.",
    "The information contained in this communication is intended only for the use of the recipient named above.",
    "Please note: {co} will never ask you for card details by email.",
]

# ---------------------------------------------------------------- quote styles
DOW_RU = "пн"
def _t(h, m):
    return "%02d:%02d" % (h, m)

def attribution(style, lang, to_addr, h, m, rnd):
    """Return (lines, prefix, html_kind). prefix is the quote prefix of plain text."""
    t = _t(h, m)
    hh12 = (h - 12 if h > 12 else h)
    ampm = "PM" if h >= 12 else "AM"
    A = "%s <%s>" % (PERSONA, PADDR)
    S = PROBE_SUBJECT
    if style == "gmail_ru":
        return ["пн, 7 дек. 2026 г. в %s, %s:" % (t, A)], "> ", "gmail"
    if style == "gmail_ru_wrap":
        return ["пн, 7 дек. 2026 г. в %s, %s <" % (t, PERSONA), "%s>:" % PADDR], "> ", "gmail"
    if style == "gmail_en":
        return ["On Mon, Dec 7, 2026 at %d:%02d %s %s wrote:" % (hh12, m, ampm, A)], "> ", "gmail"
    if style == "gmail_en_wrap":
        return ["On Mon, 7 Dec 2026 at %s, %s <%s>" % (t, PERSONA, PADDR), "wrote:"], "> ", "gmail"
    if style == "outlook_en":
        return ["________________________________", "From: %s" % A, "Sent: Monday, December 7, 2026 %d:%02d %s" % (hh12, m, ampm),
                "To: %s" % to_addr, "Subject: {subj}"], "", "word"
    if style == "outlook_ru":
        return ["________________________________", "От: %s" % A, "Отправлено: 7 декабря 2026 г. %s" % t,
                "Кому: %s" % to_addr, "Тема: {subj}"], "", "word"
    if style == "orig_en":
        return ["-----Original Message-----", "From: %s" % A, "Sent: Monday, 7 December 2026 %s" % t,
                "To: %s" % to_addr, "Subject: {subj}"], "", "word"
    if style == "orig_ru":
        return ["-----Исходное сообщение-----", "От: %s" % A, "Отправлено: понедельник, 7 декабря 2026 г. %s" % t,
                "Кому: %s" % to_addr, "Тема: {subj}"], "", "word"
    if style == "outlook_mac_ru":
        return ["От: %s" % A, "Дата: понедельник, 7 декабря 2026 г. в %s" % t, "Кому: %s" % to_addr, "Тема: {subj}"], "", "word"
    if style == "outlook_web_en":
        return ["From: %s" % A, "Sent: 07 December 2026 %s" % t, "To: %s" % to_addr, "Cc: ", "Subject: {subj}"], "", "word"
    if style == "apple_ru":
        return ["7 дек. 2026 г., в %s, %s написал(а):" % (t, A)], "> ", "apple"
    if style == "apple_en":
        return ["On 7 Dec 2026, at %s, %s wrote:" % (t, A)], "> ", "apple"
    if style == "tb_ru":
        return ["07.12.2026 %s, %s пишет:" % (t, PERSONA)], "> ", "moz"
    if style == "tb_en":
        return ["On 12/7/26 %d:%02d %s, %s wrote:" % (hh12, m, ampm, PERSONA)], "> ", "moz"
    if style == "yandex":
        return ['07.12.2026, %s, "%s" <%s>:' % (t, PERSONA, PADDR)], "> ", "yandex"
    if style == "mailru":
        return ["Понедельник, 7 декабря 2026, %s +03:00 от %s:" % (t, A)], ">", "mailru"
    if style == "fwd_ru":
        return ["-------- Пересылаемое сообщение --------", '07.12.2026, %s, "%s" <%s>:' % (t, PERSONA, PADDR)], "", "yandex"
    if style == "fwd_en":
        return ["---------- Forwarded message ---------", "From: %s" % A, "Date: Mon, Dec 7, 2026 at %d:%02d %s" % (hh12, m, ampm),
                "Subject: {subj}", "To: <%s>" % to_addr], "", "gmail"
    if style == "bat":
        return ["Вы писали 7 декабря 2026 г., %s:" % t], "АС> ", "plain"
    if style == "roundcube_ru":
        return ["%s писал 2026-12-07 %s:" % (PERSONA, t)], "> ", "generic"
    if style == "roundcube_en":
        return ["On 2026-12-07 %s, %s wrote:" % (t, PERSONA)], "> ", "generic"
    if style == "zimbra_ru":
        return ["----- Исходное сообщение -----", 'От: "%s" <%s>' % (PERSONA, PADDR), "Кому: %s" % to_addr,
                "Отправленные: Понедельник, 7 Декабрь 2026 г %s:00" % t, "Тема: {subj}"], "", "generic"
    if style == "android_ru":
        return ["7 декабря 2026 г. %s:00 GMT+03:00, %s пишет:" % (t, A)], "> ", "generic"
    if style == "lotus":
        return ['"%s" <%s>' % (PERSONA, PADDR), "07.12.2026 %s" % t, "", "Кому: %s" % to_addr, "Тема: {subj}"], "", "generic"
    if style == "opera_en":
        return ["On Mon, 07 Dec 2026 %s:00 +0300, %s wrote:" % (t, A)], "> ", "generic"
    raise KeyError(style)

STYLES_RU = ["gmail_ru", "gmail_ru_wrap", "outlook_ru", "orig_ru", "outlook_mac_ru", "apple_ru", "tb_ru", "yandex",
             "mailru", "fwd_ru", "bat", "roundcube_ru", "zimbra_ru", "android_ru", "lotus", "gmail_en", "outlook_en"]
STYLES_EN = ["gmail_en", "gmail_en_wrap", "outlook_en", "orig_en", "outlook_web_en", "apple_en", "tb_en", "fwd_en",
             "roundcube_en", "opera_en", "gmail_ru", "yandex", "mailru"]
HTML_KINDS = ["gmail", "word", "apple", "moz", "yandex", "mailru", "generic"]

HD_RU = dict(
    marker=["##- Введите ответ выше этой строки -##", "— Пожалуйста, пишите ответ над этой чертой —",
            "[Ответьте выше этой линии, чтобы мы получили ваше сообщение]", "=== ответ пишите выше ===",
            "Чтобы ответить, просто напишите выше этой строки", "-------- отвечайте над линией --------"],
    update=["Ваше обращение №{n} обновлено", "В заявке {n} появился новый ответ", "Обращение [#{n}] изменено сотрудником",
            "По вашему запросу {n} есть ответ специалиста", "Тикет {n}: новый комментарий", "Заявка {n} — ответ оператора"],
    agent=["{agent} (Служба поддержки {co})\n7 дек. 2026 г., {t} MSK", "Ответил(а): {agent}, 07.12.2026 в {t}",
           "{agent} · {t} · сегодня", "Сотрудник: {agent}\nДата ответа: 07.12.2026 {t}", "{agent} ответил(а) 7 декабря в {t}:",
           "{agent}, {pos}\n{t}, 7 декабря 2026"],
    status=["Статус обращения: ожидает вашего ответа", "Статус: решено — если вопрос остался, просто ответьте на письмо",
            "Текущий статус заявки: в работе", "Приоритет: обычный · Статус: ответ отправлен",
            "Обращение закроется автоматически через 5 дней без ответа."],
    link=["Посмотреть обращение: https://help.{dom}/tickets/{n}", "История переписки: https://{dom}/support/{n}",
          "Ссылка на заявку: https://desk.{dom}/r/{n}", "Личный кабинет клиента: https://lk.{dom}/requests/{n}"],
    via=["Отправлено через сервис поддержки «Пульт»", "Работает на ХелпБокс", "Письмо сформировано системой обращений «{co}»",
         "Это письмо отправлено из системы «Окно поддержки»", "Служба поддержки {co} · ответ на обращение {n}"],
    hist=["История обращения:", "Предыдущие сообщения:", "— Ранее в этом обращении —", "Переписка по заявке №{n}"],
)
HD_EN = dict(
    marker=["##- Please type your reply above this line -##", "-- Reply above this line --",
            "Please reply above this line to add a comment to your request", "[Type your response ABOVE THIS LINE to reply]",
            "↑ Reply above this line ↑", "*** Write your reply above this line ***"],
    update=["Your request ({n}) has been updated.", "Ticket #{n} — new reply from our team", "There's a new response on case {n}",
            "{agent} replied to your conversation", "Request #{n} has been updated. To add more comments, reply to this email."],
    agent=["{agent} ({co} Support)\nDec 7, 2026, {t12} GMT+3", "{agent}, {pos} — {t}", "Agent: {agent} | Dec 7 2026 {t} UTC+03:00",
           "{agent} commented:", "Replied by {agent} on 07/12/2026 at {t}", "{agent}\n{t12}, Monday"],
    status=["Status: Pending — waiting for your reply", "This ticket is now Solved. Reply to reopen it.",
            "Status: Open · Priority: Normal", "Your case will close automatically in 7 days if we don't hear from you."],
    link=["View your request: https://support.{dom}/hc/requests/{n}", "Track it here: https://help.{dom}/t/{n}",
          "Ticket link: https://{dom}/helpdesk/tickets/{n}", "Open in the customer portal: https://portal.{dom}/cases/{n}"],
    via=["Sent via HelpCrate", "Powered by Ticketbird", "This email is a service from {co} Support.", "Delivered by DeskLoop",
         "{co} Support · case {n}"],
    hist=["Conversation history", "Previous messages:", "--- Earlier in this ticket ---", "Ticket #{n} history"],
)


def parse_answers():
    out = []
    for block in ANSWERS.strip().split("=== ")[1:]:
        head, _, body = block.partition("\n")
        kind, lang, seg = head.split()
        lines = body.rstrip("\n").split("\n")
        out.append(dict(kind=kind, lang=lang, seg=seg, lines=lines))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Cycler:
    """Hands out items of a list in shuffled rounds, so that neighbours differ and all get used."""
    def __init__(self, rnd, items):
        self.rnd, self.items, self.pool = rnd, list(items), []
    def next(self):
        if not self.pool:
            self.pool = list(self.items)
            self.rnd.shuffle(self.pool)
        return self.pool.pop()


def make_signature(rnd, lang, cyc, person, co, dom, pos, phone, kind_sig):
    """Return (lines, description). Everything returned is removed from expected_reply."""
    V = cyc["val_" + lang].next().replace("{co}", co)
    first = person.split()[0]
    site = "https://%s" % dom
    if kind_sig == "val_name":
        return [V, person], "valediction+name"
    if kind_sig == "val_first":
        return [V, first], "valediction+first name"
    if kind_sig == "val_block":
        return [V, person, pos, co, "Тел.: " + phone if lang == "ru" else "Tel: " + phone], "valediction+block"
    if kind_sig == "val_pipes":
        return [V, "", "%s | %s | %s | %s" % (person, co, phone, site)], "valediction+one-line pipes"
    if kind_sig == "dashdash":
        addr = "г. Тверь, ул. Вымышленная, д. %d, оф. %d" % (rnd.randint(2, 90), rnd.randint(1, 40)) if lang == "ru" \
            else "%d Example Road, Suite %d" % (rnd.randint(2, 90), rnd.randint(1, 40))
        return ["-- ", person, pos, phone, addr], "'-- ' block"
    if kind_sig == "dashdash_team":
        return ["--", ("Команда %s" % co) if lang == "ru" else ("The %s team" % co), site], "'--' team block"
    if kind_sig == "lone_name":
        return [person, pos.capitalize() if lang == "ru" else pos, co], "lone name+position, no valediction"
    if kind_sig == "lone_first":
        return [first], "lone first name"
    if kind_sig == "val_samename":
        return ["%s %s" % (V.rstrip(","), first)], "valediction and name on one line"
    if kind_sig == "vcard":
        if lang == "ru":
            return [V, "", "[Визитка]", "ФИО: " + person, "Должность: " + pos, "Компания: " + co, "Моб.: " + phone,
                    "E-mail: info@" + dom, "Сайт: " + site], "valediction+vCard-like labelled block"
        return [V, "", "BEGIN:VCARD", "FN:" + person, "TITLE:" + pos, "ORG:" + co, "TEL;TYPE=work:" + phone,
                "URL:" + site, "END:VCARD"], "valediction+pasted vCard"
    if kind_sig == "foreign":
        return [cyc["val_other"].next(), person, co], "foreign valediction"
    if kind_sig == "team":
        return [V, ("Служба заботы о клиентах «%s»" % co) if lang == "ru" else ("%s Customer Care" % co)], "valediction+team"
    if kind_sig == "none":
        return [], "no signature"
    raise KeyError(kind_sig)

SIG_KINDS = ["val_name", "val_first", "val_block", "val_pipes", "dashdash", "dashdash_team", "lone_name", "lone_first",
             "val_samename", "vcard", "foreign", "team", "val_block", "val_name", "none"]

SAMENAME = {"ru": ["С уважением, {f}.", "Всего доброго, {f}", "Спасибо! {f}", "Ваш {f}"],
            "en": ["Best, {f}", "Cheers, {f}", "Thanks — {f}", "Regards, {f}"]}


def esc(s):
    s = html.escape(s, quote=False)
    return re.sub(r"(https?://[^\s<]+[^\s<.,;:)])", r'<a href="\1">\1</a>', s)


def html_lines(lines, kind):
    """Render plain lines as the HTML of the given client."""
    out = []
    for ln in lines:
        if kind == "word":
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(ln) if ln else "<o:p>&nbsp;</o:p>"))
        elif kind in ("gmail", "apple", "mailru"):
            out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
        elif kind == "yandex":
            out.append("<div>%s</div>" % (esc(ln) if ln else "&nbsp;"))
        elif kind == "hd":
            out.append('<p style="margin:0 0 10px 0;font-size:14px;line-height:20px;color:#222222">%s</p>' % esc(ln) if ln else "")
        else:  # moz, generic
            out.append("%s<br>" % esc(ln))
    return "\n".join(out)


def html_quote(attr, body, kind, mid):
    a = "<br>\n".join(esc(x) for x in attr if x)
    b = html_lines(body, "gmail" if kind == "word" else kind)
    if kind == "gmail":
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">\n%s\n</blockquote></div>' % (a, b))
    if kind == "word":
        ps = []
        for x in attr:
            if x.startswith("____"):
                ps.append('<div class=MsoNormal align=center style="text-align:center"><hr size=2 width="98%" align=center></div>')
                continue
            k, _, v = x.partition(": ")
            if v or x.endswith(":"):
                ps.append("<p class=MsoNormal><b>%s:</b> %s<o:p></o:p></p>" % (esc(k), esc(v)))
            else:
                ps.append("<p class=MsoNormal>%s<o:p></o:p></p>" % esc(x))
        return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n%s\n</div></div>\n"
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n%s" % ("\n".join(ps), html_lines(body, "word")))
    if kind == "apple":
        return ('<div><br><blockquote type="cite"><div>%s</div><br>\n%s\n</blockquote></div>' % (a, b))
    if kind == "moz":
        return ('<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite" cite="mid:%s">\n%s\n</blockquote>'
                % (a, mid.strip("<>"), b))
    if kind == "yandex":
        return "<div>&nbsp;</div><div>%s</div><blockquote>\n%s\n</blockquote>" % (a, b)
    if kind == "mailru":
        return ('<br><br><blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">%s<br><br>'
                '<div id=""><div class="js-helper js-readmsg-msg"><div><div id="style_17337_BODY">\n%s\n'
                '</div></div></div></div></blockquote>' % (a, b))
    if kind == "hd":
        return ('<table width="100%%" cellpadding="0" cellspacing="0" style="border-top:1px solid #dddddd;margin-top:16px">'
                '<tr><td style="padding:12px 0;color:#888888;font-size:12px">%s</td></tr><tr><td style="color:#666666;'
                'font-size:13px">\n%s\n</td></tr></table>' % (a, html_lines(body, "generic")))
    return "<hr>\n<div>%s</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:2px #1010ff solid;padding-left:1ex\">\n%s\n</blockquote>" % (a, b)


def wrap_doc(kind, inner, charset, preheader=None):
    if kind == "word":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n'
                '.MsoChpDefault {mso-style-type:export-only;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style></head>\n'
                '<body lang=RU link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
                '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n' % (charset, inner))
    if kind == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n%s\n'
                '</body></html>\n' % (charset, inner))
    if kind == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    if kind == "moz":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (charset, inner))
    if kind == "yandex":
        return "<div>\n%s\n</div>\n" % inner
    if kind == "mailru":
        return ('<!DOCTYPE html><html><body><div class="js-helper js-readmsg-msg"><div><div id="style_17335_BODY">\n%s\n'
                '</div></div></div></body></html>\n' % inner)
    if kind == "hd":
        pre = ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;'
               'overflow:hidden;">%s</div>\n' % esc(preheader)) if preheader else ""
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s"><style type="text/css">'
                'body{margin:0;padding:0} .btn a{color:#ffffff}</style></head>\n<body style="background:#f4f5f7">\n%s'
                '<table width="100%%" bgcolor="#f4f5f7" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                '<table width="600" bgcolor="#ffffff" cellpadding="24" cellspacing="0" style="font-family:Arial,sans-serif">'
                '<tr><td>\n%s\n</td></tr></table>\n</td></tr></table>\n</body></html>\n' % (charset, pre, inner))
    return "<html><body>\n%s\n</body></html>\n" % inner


class TextOf(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "li", "blockquote", "table", "hr", "h1", "h2", "h3", "ul", "ol"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def visible(h):
    p = TextOf()
    p.feed(h)
    p.close()
    return "".join(p.out)


def enc_header(s, charset, rnd):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def enc_addr(name, addr, charset):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def body_part(text, subtype, charset, cte, extra_ct=""):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    hdr = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (subtype, charset, extra_ct, cte)
    return hdr.encode("ascii"), data


def can(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False

CLIENT_HEADERS = {
    "gmail": lambda r, dom: ("<CA%s@mail.gmail.com>" % r.getrandbits(120).to_bytes(15, "big").hex().upper()[:28], []),
    "word": lambda r, dom: ("<%s$%s$%s@%s>" % (r.randint(10**11, 10**12), r.getrandbits(32).to_bytes(4, "big").hex(),
                                              r.getrandbits(32).to_bytes(4, "big").hex(), dom),
                            ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQH%s" % r.getrandbits(64).to_bytes(8, "big").hex()]),
    "apple": lambda r, dom: ("<%s-%s@%s>" % (r.getrandbits(32).to_bytes(4, "big").hex().upper(), r.randint(1000, 9999), dom),
                             ["X-Mailer: Apple Mail (2.3826.%d.1)" % r.randint(100, 700)]),
    "moz": lambda r, dom: ("<%s-%s@%s>" % (r.getrandbits(32).to_bytes(4, "big").hex(), r.getrandbits(48).to_bytes(6, "big").hex(), dom),
                           ["User-Agent: Mozilla Thunderbird"]),
    "yandex": lambda r, dom: ("<%d%d@mail.yandex.ru>" % (r.randint(100000, 999999), r.randint(1000, 9999)), []),
    "mailru": lambda r, dom: ("<1765%d.%d@f%d.i.mail.ru>" % (r.randint(100000, 999999), r.randint(10**8, 10**9), r.randint(100, 999)),
                              ["X-Mailer: Mail.Ru Mailer 1.0"]),
    "generic": lambda r, dom: ("<%s@%s>" % (r.getrandbits(64).to_bytes(8, "big").hex(), dom),
                               [r.choice(["User-Agent: Roundcube Webmail/1.6.9", "X-Mailer: Zimbra 9.0.0_GA_4583",
                                          "X-Mailer: The Bat! (v10.5.3) Professional", "User-Agent: K-9 Mail for Android"])]),
    "hd": lambda r, dom: ("<ticket-%d-%s@support.%s>" % (r.randint(1000, 99999), r.getrandbits(40).to_bytes(5, "big").hex(), dom),
                          []),
}
STYLE_HTML = {"gmail_ru": "gmail", "gmail_ru_wrap": "gmail", "gmail_en": "gmail", "gmail_en_wrap": "gmail", "outlook_en": "word",
              "outlook_ru": "word", "orig_en": "word", "orig_ru": "word", "outlook_mac_ru": "word", "outlook_web_en": "word",
              "apple_ru": "apple", "apple_en": "apple", "tb_ru": "moz", "tb_en": "moz", "yandex": "yandex", "mailru": "mailru",
              "fwd_ru": "yandex", "fwd_en": "gmail", "bat": None, "roundcube_ru": "generic", "roundcube_en": "generic",
              "zimbra_ru": "generic", "android_ru": None, "lotus": None, "opera_en": None}
SUBJ_PREFIX = {"ru": ["Re: ", "RE: ", "Ответ: ", "Отв: ", "Re[2]: ", "Re: Re: ", "re: "], "en": ["Re: ", "RE: ", "Re: ", "RE: ", "Re:"]}


def build(rnd, i, a, cyc, plan):
    lang, kind, seg = a["lang"], a["kind"], a["seg"]
    co, slug = cyc["co_%s_%s" % (lang, seg)].next()
    dom = slug + (".example.ru" if lang == "ru" and rnd.random() < 0.8 else ".example")
    lines = [x.replace("{DOM}", dom).replace("{SLUG}", slug.replace("-", "_")) for x in a["lines"]]
    a["lines"] = lines
    inline = any(x.startswith("> ") for x in lines)
    own = [x for x in lines if not x.startswith("> ")]
    expected = norm(" ".join(own))
    person = cyc["name_" + lang].next()
    pos = cyc["pos_" + lang].next()
    phone = rnd.choice(["+7 (%03d) %03d-%02d-%02d", "8 %03d %03d %02d %02d", "+7 %03d %03d-%02d-%02d", "8 (%03d) %03d-%02d-%02d"]) % (
        rnd.choice([495, 812, 343, 383, 912, 921, 903, 916, 863, 846]), rnd.randint(100, 999), rnd.randint(10, 99), rnd.randint(10, 99))
    helpdesk = plan["helpdesk"]
    form = plan["form"]
    n = "%d" % rnd.randint(10000, 990000)
    h, m = rnd.randint(10, 16), rnd.randint(0, 59)
    to_company = ("info@" if seg == "shop" else "sales@") + dom
    notes = [lang, "%s; %s" % ("shop script" if seg == "shop" else "services script", "inline answers" if inline else "")]
    # --- quote
    style = plan["style"]
    qattr, qpref, qkind = ([], "", None)
    if style:
        qattr, qpref, qkind = attribution(style, lang, to_company, h, m, rnd)
        qattr = [x.replace("{subj}", PROBE_SUBJECT[seg]) for x in qattr]
    qbody = list(PROBE_BODY[seg])
    if style == "fwd_ru":
        qbody = qbody + ["", "-------- Конец пересылаемого сообщения --------"]
    # --- html kind
    fmt = plan["fmt"]
    hk = "hd" if helpdesk else (STYLE_HTML.get(style) if style else plan["nohtmlkind"])
    if fmt != "plain" and hk is None:
        hk = "generic"
    # --- signature and decorations
    sk = plan["sig"]
    if sk == "val_samename":
        sig = [rnd.choice(SAMENAME[lang]).format(f=person.split()[0])]
        sdesc = "valediction and name on one line"
    else:
        sig, sdesc = make_signature(rnd, lang, cyc, person, co, dom, pos, phone, sk)
    notes.append("sig: " + sdesc)
    device_before = device_after = None
    if plan["device"]:
        dv = cyc["dev_" + lang].next()
        if rnd.random() < 0.4 and sig:
            device_before = dv.split("\n")
            notes.append("device line between answer and signature")
        else:
            device_after = dv.split("\n")
            notes.append("device line")
    extra = []
    if plan["banner"]:
        extra += ["", cyc["ban_" + lang].next().format(co=co, dom=dom, slug=slug.replace("-", "_"))]
        notes.append("banner")
    if plan["disc"]:
        d = cyc["disc_" + lang].next().format(co=co, dom=dom)
        extra += ["", d]
        notes.append("disclaimer")
    # --- helpdesk chrome
    HD = HD_RU if lang == "ru" else HD_EN
    agent = person
    t = _t(h + 1, m)
    fill = dict(n=n, agent=agent, co=co, dom=dom, t=t, t12="%d:%02d PM" % ((h + 1) - 12 if h + 1 > 12 else h + 1, m), pos=pos)
    top, foot, hist = [], [], []
    if helpdesk:
        hs = cyc["hd_" + lang]
        marker = hs["marker"].next()
        upd = hs["update"].next().format(**fill)
        ag = hs["agent"].next().format(**fill).split("\n")
        top = [marker, ""] + ([upd, ""] if rnd.random() < 0.7 else []) + ag + [""]
        foot = ["", "---", hs["status"].next().format(**fill), hs["link"].next().format(**fill)]
        if rnd.random() < 0.6:
            foot.append(hs["via"].next().format(**fill))
        if rnd.random() < 0.7:
            hist = ["", hs["hist"].next().format(**fill), "", "%s, 7 дек. 2026, %s" % (PERSONA, _t(h, m)) if lang == "ru"
                    else "%s — Dec 7, 2026, %s" % (PERSONA, _t(h, m)), ""] + PROBE_BODY[seg][:2]
        notes.append("helpdesk chrome (marker, agent line%s%s)" % (", update line" if upd in top else "", ", history" if hist else ""))
    # --- assemble plain text
    bottom = plan["bottom"] and qpref and not inline
    def quoted(body, pref):
        return [(pref + x) if x else pref.rstrip() for x in body]
    P = list(top)
    if inline:
        lead = []
        k = 0
        while not lines[k].startswith("> "):
            lead.append(lines[k]); k += 1
        P += lead + ([""] if lead else [])
        pref = qpref or "> "
        P += ([x if style != "mailru" else ">" + x for x in qattr] if qattr else []) + [pref + PROBE_BODY[seg][0], pref.rstrip()]
        for x in lines[k:]:
            if x.startswith("> "):
                P += ["", pref + x[2:]]
            else:
                P += ["", x] if P[-1].startswith(pref.rstrip()) else [x]
        P += ["", pref.rstrip(), pref + PERSONA, ""]
        notes.append("quote: %s prefix %r" % (style, pref.strip()))
    elif bottom:
        P += qattr + quoted(qbody, qpref) + [""] + own
        notes.append("bottom-posted under %s quote" % style)
    else:
        P += own
    if device_before:
        P += [""] + device_before
    if sig:
        P += [""] + sig
    P += extra
    if device_after:
        P += [""] + device_after
    if style and not inline and not bottom:
        if style == "mailru":
            P += ["", "", ""] + [">" + x for x in qattr] + [">"] + quoted(qbody, ">")
        else:
            P += ["", ""] + qattr + ([""] if not qpref else []) + quoted(qbody, qpref)
        notes.append("quote: " + style)
    if not style:
        notes.append("no quote")
    P += foot + hist
    plain = "\n".join(P) + "\n"
    # --- html
    html_doc = None
    if fmt != "plain":
        inner = []
        mid_probe = plan["probe_mid"]
        if helpdesk:
            inner.append('<p style="color:#b5b5b5;font-size:12px;margin:0 0 12px 0">%s</p>' % esc(top[0]))
            rest = [x for x in top[2:] if x]
            inner.append('<p style="color:#555555;font-size:12px;margin:0 0 16px 0"><b>%s</b></p>' % "<br>".join(esc(x) for x in rest))
        if inline:
            lead = []
            k = 0
            while not lines[k].startswith("> "):
                lead.append(lines[k]); k += 1
            inner.append(html_lines(lead, hk))
            q = [PROBE_BODY[seg][0]]
            for x in lines[k:]:
                if x.startswith("> "):
                    q.append(x[2:])
                else:
                    inner.append(html_quote(qattr if len(inner) == 1 else [], q, hk, mid_probe))
                    inner.append(html_lines([x], hk))
                    q = []
            inner.append(html_quote([], ["", PERSONA], hk, mid_probe))
        elif bottom:
            inner.append(html_quote(qattr, qbody, hk, mid_probe))
            inner.append(html_lines(own, hk))
        else:
            inner.append(html_lines(own, hk))
        dec = []
        if device_before:
            dec += [""] + device_before
        if sig:
            dec += [""] + sig
        dec += extra
        if device_after:
            dec += [""] + device_after
        dec = [x for x in dec if x not in ("-- ", "--")] if hk == "word" else dec
        if dec:
            if hk == "hd":
                inner.append('<div style="color:#444444;font-size:13px">%s</div>' % html_lines(dec, "generic"))
            elif hk == "gmail" and sig:
                inner.append('<br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">%s</div>'
                             % html_lines(dec, "generic"))
            elif hk == "moz" and sig and sig[0] == "-- ":
                inner.append('<pre class="moz-signature" cols="72">%s</pre>' % html.escape("\n".join(dec)))
            else:
                inner.append(html_lines(dec, hk))
        if style and not inline and not bottom:
            inner.append(html_quote(qattr, qbody, hk, mid_probe))
        if helpdesk:
            inner.append('<p style="color:#999999;font-size:11px;border-top:1px solid #eeeeee;padding-top:8px">%s</p>'
                         % "<br>".join(esc(x) for x in foot if x and x != "---"))
            if hist:
                inner.append(html_quote([x for x in hist[:4] if x], hist[5:], "hd", mid_probe))
        html_doc = ("__CS__", hk, "\n".join(inner), top[0] if helpdesk else None)
    return dict(plain=plain, html=html_doc, expected=expected, own=own, notes=notes, co=co, dom=dom, person=person,
                helpdesk=helpdesk, n=n, h=h, m=m, style=style, hk=hk, inline=inline, lines=lines)

TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
               "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def translit(s):
    return "".join(TR.get(c, c) for c in s.lower())


def local_part(rnd, person):
    f, l = [translit(x) if re.search("[а-я]", x.lower()) else x.lower().replace("'", "") for x in person.split()]
    return rnd.choice(["%s.%s" % (f[0], l), "%s.%s" % (f, l), "%s" % f, "%s%s" % (f[0], l), "%s_%s" % (l, f[0])])


def plan_all(rnd, answers):
    N = len(answers)
    idx = list(range(N))
    rnd.shuffle(idx)
    fmt = {}
    for j, k in enumerate(idx):
        fmt[k] = "html" if j < 24 else ("alt" if j < 60 else "plain")
    styles = {"ru": Cycler(rnd, STYLES_RU), "en": Cycler(rnd, STYLES_EN)}
    prefix_styles = {"ru": Cycler(rnd, ["gmail_ru", "apple_ru", "tb_ru", "yandex", "bat", "roundcube_ru", "mailru", "android_ru"]),
                     "en": Cycler(rnd, ["gmail_en", "apple_en", "tb_en", "roundcube_en", "opera_en", "gmail_ru"])}
    sigs = Cycler(rnd, SIG_KINDS)
    nohtml = Cycler(rnd, HTML_KINDS)
    hd_idx = set(k for k in idx[::4] if not any(x.startswith("> ") for x in answers[k]["lines"]))
    form_idx = set(idx[3::15])
    plans = []
    for k, a in enumerate(answers):
        inline = any(x.startswith("> ") for x in a["lines"])
        p = dict(fmt=fmt[k], helpdesk=k in hd_idx, form=k in form_idx, sig=sigs.next(), nohtmlkind=nohtml.next())
        if inline:
            p["style"] = prefix_styles[a["lang"]].next()
        elif p["helpdesk"]:
            p["style"] = None
        else:
            p["style"] = None if rnd.random() < 0.08 else styles[a["lang"]].next()
        if p["fmt"] != "plain" and p["style"] in ("bat",):
            p["style"] = "gmail_ru"
        p["bottom"] = rnd.random() < 0.14
        p["device"] = rnd.random() < 0.28
        p["banner"] = rnd.random() < 0.13
        p["disc"] = rnd.random() < 0.2
        p["probe_mid"] = "<probe.%s@shopper.example>" % hashlib.sha1(("p%d" % k).encode()).hexdigest()[:16]
        plans.append(p)
    return plans


def choose_charset(rnd, text, lang, fmt):
    opts = [("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit")]
    if lang == "ru":
        opts += [("windows-1251", "quoted-printable"), ("windows-1251", "8bit"), ("koi8-r", "8bit"), ("koi8-r", "quoted-printable"),
                 ("windows-1251", "base64")]
    if fmt != "plain":
        opts = [o for o in opts if o[1] != "8bit"] + [("utf-8", "quoted-printable")]
    if can(text, "ascii"):
        opts.append(("us-ascii", "7bit"))
    for _ in range(10):
        cs, cte = rnd.choice(opts)
        if can(text, cs):
            return cs, cte
    return "utf-8", "quoted-printable"


def assemble(rnd, b, a, p, i):
    lang, seg = a["lang"], a["seg"]
    fmt = p["fmt"]
    all_text = b["plain"] + (b["html"][2] if b["html"] else "")
    cs, cte = choose_charset(rnd, all_text, lang, fmt)
    hk = b["hk"] or "generic"
    mid, xh = CLIENT_HEADERS[hk if b["html"] or not b["helpdesk"] else "hd"](rnd, b["dom"])
    if b["helpdesk"]:
        mid, xh = CLIENT_HEADERS["hd"](rnd, b["dom"])
    hcs = cs if cs != "us-ascii" else "utf-8"
    H = []
    if b["helpdesk"]:
        disp = rnd.choice(["%s (%s)" % (b["person"], b["co"]), ("Поддержка %s" % b["co"]) if lang == "ru" else "%s Support" % b["co"],
                           b["co"]])
        from_addr = rnd.choice(["support@", "help@", "care@", "desk@"]) + b["dom"]
    else:
        disp = b["person"]
        from_addr = local_part(rnd, b["person"]) + "@" + b["dom"]
    to = "anatoly+f%s@shopper.example" % hashlib.sha1(str(i).encode()).hexdigest()[:8] if p["form"] else PADDR
    subj = PROBE_SUBJECT[seg]
    if b["helpdesk"]:
        pre = rnd.choice(["[#{n}] Re: ", "Re: ", "[Ticket#{n}] ", "RE: [{n}] ", "Обращение {n}: " if lang == "ru" else "Case {n}: "])
        subject = pre.format(n=b["n"]) + subj
    else:
        subject = rnd.choice(SUBJ_PREFIX[lang]) + subj
    rh, rm = b["h"] + rnd.randint(0, 3), rnd.randint(0, 59)
    H.append("Return-Path: <%s>" % from_addr)
    H.append("Received: from mx.%s (mx.%s [192.0.2.%d])\n\tby mx.shopper.example with ESMTPS id %s\n\tfor <%s>; "
             "Mon, 7 Dec 2026 %02d:%02d:%02d +0300" % (b["dom"], b["dom"], rnd.randint(2, 250),
                                                       rnd.getrandbits(40).to_bytes(5, "big").hex().upper(), to, min(rh, 23), rm, rnd.randint(0, 59)))
    H.append("From: " + enc_addr(disp, from_addr, hcs))
    H.append("To: " + (enc_addr(PERSONA, to, hcs) if rnd.random() < 0.6 else to))
    H.append("Subject: " + enc_header(subject, hcs, rnd))
    H.append("Date: Mon, 7 Dec 2026 %02d:%02d:%02d %s" % (min(rh, 23), rm, rnd.randint(0, 59), "+0300"))
    H.append("Message-ID: " + mid)
    if not p["form"]:
        H.append("In-Reply-To: " + p["probe_mid"])
        H.append("References: " + p["probe_mid"])
    if b["helpdesk"]:
        H.append("Reply-To: %s" % ("support+%s@%s" % (b["n"], b["dom"])))
        if rnd.random() < 0.5:
            H.append("Auto-Submitted: auto-generated")
        if rnd.random() < 0.35:
            H.append("Precedence: bulk")
        H.append(rnd.choice(["X-Mailer: HelpCrate Mailer 3.2", "X-Ticket-ID: %s" % b["n"], "X-Desk-Ticket: %s" % b["n"],
                             "X-Mailer: Ticketbird"]))
    H += xh
    if hk == "word" and b["html"]:
        H.append("Content-Language: %s" % ("ru-RU" if lang == "ru" else "en-US"))
    H.append("MIME-Version: 1.0")
    head = "\n".join(H).encode("ascii") + b"\n"
    plain = b["plain"]
    flowed = "; format=flowed" if (fmt == "plain" and cs == "utf-8" and cte == "8bit" and rnd.random() < 0.5) else ""
    parts = []
    if fmt in ("plain", "alt"):
        parts.append(body_part(plain, "plain", cs, cte, flowed))
    if fmt in ("html", "alt"):
        _, kind, inner, pre = b["html"]
        doc = wrap_doc(kind, inner, cs, pre)
        hcte = cte if cte != "8bit" else "quoted-printable"
        if cs == "us-ascii":
            hcte = "7bit"
        parts.append(body_part(doc, "html", cs, hcte))
    if len(parts) == 1:
        ph, pd = parts[0]
        msg = head + ph + pd
    else:
        bnd = "----=_Part_%d_%d" % (rnd.randint(10**5, 10**6), rnd.randint(10**8, 10**9)) if hk != "gmail" else \
            "000000000000%s" % rnd.getrandbits(48).to_bytes(6, "big").hex()
        msg = head + ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode()
        if hk == "word":
            msg += b"This is a multi-part message in MIME format.\n\n"
        for ph, pd in parts:
            msg += ("--%s\n" % bnd).encode() + ph + pd + (b"" if pd.endswith(b"\n") else b"\n") + b"\n"
        msg += ("--%s--\n" % bnd).encode()
    msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    desc = "%s; %s %s" % ({"plain": "text/plain", "html": "HTML only", "alt": "multipart/alternative"}[fmt], cs, cte)
    if flowed:
        desc += " format=flowed"
    if p["form"]:
        desc += "; form probe, plus-address, no In-Reply-To"
    if "Auto-Submitted" in head.decode():
        desc += "; Auto-Submitted: auto-generated"
    return msg, desc


def check(path, exp, a, fmt):
    raw = open(path, "rb").read()
    assert b"\n" not in raw.replace(b"\r\n", b""), path
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, path
    for pol in (email.policy.default, email.policy.compat32):
        m = email.message_from_bytes(raw, policy=pol)
        assert not m.defects, (path, m.defects)
        for part in m.walk():
            assert not part.defects, (path, part.defects)
    m = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in m.walk():
        if part.get_content_maintype() == "text":
            c = part.get_content()
            texts.append(visible(c) if part.get_content_subtype() == "html" else c)
    assert texts, path
    own = [x for x in a["lines"] if not x.startswith("> ")]
    pieces = [norm(x) for x in own if x.strip()]
    for t in texts:
        nt = norm(t)
        if not any(x.startswith("> ") for x in a["lines"]):
            assert exp in nt, (path, exp, nt[:400])
        pos = 0
        for pc in pieces:
            j = nt.find(pc, pos)
            assert j >= 0, (path, pc)
            pos = j + len(pc)
    for q in PROBE_BODY[a["seg"]][1:2]:
        assert norm(q) not in exp, path
    return len(texts)


def main():
    rnd = random.Random(SEED)
    answers = parse_answers()
    order = list(range(len(answers)))
    rnd.shuffle(order)
    answers = [answers[k] for k in order]
    cyc = {}
    for lang in ("ru", "en"):
        for seg in ("shop", "svc"):
            cyc["co_%s_%s" % (lang, seg)] = Cycler(rnd, COMPANIES[(lang, seg)])
        cyc["name_" + lang] = Cycler(rnd, NAMES_RU if lang == "ru" else NAMES_EN)
        cyc["pos_" + lang] = Cycler(rnd, POS_RU if lang == "ru" else POS_EN)
        cyc["val_" + lang] = Cycler(rnd, VALEDICTIONS_RU if lang == "ru" else VALEDICTIONS_EN)
        cyc["dev_" + lang] = Cycler(rnd, DEVICE_RU if lang == "ru" else DEVICE_EN)
        cyc["ban_" + lang] = Cycler(rnd, BANNERS_RU if lang == "ru" else BANNERS_EN)
        cyc["disc_" + lang] = Cycler(rnd, DISCLAIMERS_RU if lang == "ru" else DISCLAIMERS_EN)
        src = HD_RU if lang == "ru" else HD_EN
        cyc["hd_" + lang] = {k: Cycler(rnd, v) for k, v in src.items()}
    cyc["val_other"] = Cycler(rnd, VALEDICTIONS_OTHER)
    plans = plan_all(rnd, answers)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "manifest.csv":
            os.remove(os.path.join(OUT, f))
    rows = []
    counts = {}
    fmts = {}
    for i, (a, p) in enumerate(zip(answers, plans), 1):
        b = build(rnd, i, a, cyc, p)
        msg, desc = assemble(rnd, b, a, p, i)
        tag = "helpdesk" if b["helpdesk"] else (b["style"] or "noquote").replace("_", "-")
        topic = "pickup" if a["seg"] == "shop" else "tariffs"
        name = "%03d-%s-%s-%s-%s.eml" % (i, a["lang"], a["kind"], tag, topic)
        path = os.path.join(OUT, name)
        with open(path, "wb") as fh:
            fh.write(msg)
        check(path, b["expected"], a, p["fmt"])
        note = "; ".join(x for x in b["notes"] if x).replace("; ;", ";") + "; " + desc
        rows.append([name, a["kind"], b["expected"], "train", note])
        counts[(a["kind"], a["lang"])] = counts.get((a["kind"], a["lang"]), 0) + 1
        fmts[p["fmt"]] = fmts.get(p["fmt"], 0) + 1
    with open(os.path.join(OUT, "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "expected_reply", "split", "note"])
        w.writerows(rows)
    # manifest matches the files
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    with open(os.path.join(OUT, "manifest.csv"), encoding="utf-8") as fh:
        man = list(csv.DictReader(fh))
    assert sorted(r["file"] for r in man) == files
    assert len(set(r["expected_reply"] for r in man)) == len(man), "repeated answer"
    print("files:", len(files))
    for k in sorted(counts):
        print("  %-9s %s: %d" % (k[0], k[1], counts[k]))
    print("  formats:", ", ".join("%s %d" % kv for kv in sorted(fmts.items())))
    print("  helpdesk:", sum(1 for p in plans if p["helpdesk"]), " form probes:", sum(1 for p in plans if p["form"]))
    print("all files parse; every expected_reply found in every decoded text part")


if __name__ == "__main__":
    main()
