//@ mode: check
// The closure moved `it.tag` out: that field is gone, even though the closure is not `move`.
struct Tag {
    id: u32,
}

struct Item {
    tag: Tag,
    count: u32,
}

fn main() {
    let it = Item { tag: Tag { id: 7 }, count: 3 };
    let take = || it.tag;
    println!("{} {}", it.tag.id, it.count);
    take();
}
