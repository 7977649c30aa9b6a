//@ mode: check
// A `move` closure using `it.tag` moves only that field: the struct is partially moved.
struct Tag {
    id: u32,
}

struct Item {
    tag: Tag,
    count: u32,
}

fn consume(i: Item) -> u32 {
    i.count
}

fn main() {
    let it = Item { tag: Tag { id: 7 }, count: 3 };
    let take = move || it.tag;
    println!("{}", it.count);
    println!("{}", take().id);
    consume(it);
}
