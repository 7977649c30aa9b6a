// After a field is moved out, the other fields (and patterns that only read them)
// are still fine to use.
struct Key {
    teeth: u8,
}

struct Door {
    key: Key,
    width: u32,
    height: u32,
}

fn main() {
    let door = Door { key: Key { teeth: 5 }, width: 80, height: 200 };
    let k = door.key;
    let Door { width, .. } = door;
    match door {
        Door { height: h, .. } => println!("height {}", h),
    }
    if let Door { width: 80, .. } = door {
        println!("standard width");
    }
    println!("key with {} teeth, width {}", k.teeth, width);
}
