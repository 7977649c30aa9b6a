// A closure moving one field out leaves the other fields usable.
struct Tag {
    code: u32,
}

struct Parcel {
    tag: Tag,
    weight: u32,
}

fn main() {
    let parcel = Parcel { tag: Tag { code: 42 }, weight: 3 };
    let take_tag = || parcel.tag;
    println!("weight {}", parcel.weight);
    let tag = take_tag();
    println!("tag {} weight {}", tag.code, parcel.weight);
}
