// A learner's method taking `self`: rustc names the call unless an argument's
// evaluation (a call, a checked addition, a `format!`) comes between the receiver's
// move and the call.
#[derive(Clone, Debug)]
struct Order {
    items: Vec<String>,
}

impl Order {
    fn submit(self, note: String) -> usize {
        self.items.len() + note.len()
    }
    fn close(self) -> usize {
        self.items.len()
    }
    fn add(self, n: usize) -> usize {
        self.items.len() + n
    }
    fn tag(self, t: &str) -> usize {
        self.items.len() + t.len()
    }
}

struct Ticket(u32);

impl Ticket {
    fn redeem(self) -> u32 {
        self.0
    }
}

fn main() {
    let order = Order { items: vec![] };
    let n = order.submit(String::from("x"));
    println!("{n} {:?}", order);
    let o2 = Order { items: vec![] };
    let m = o2.close();
    println!("{m} {:?}", o2);
    let o3 = Order { items: vec![] };
    let k = o3.add(n + 1);
    println!("{k} {}", o3.items.len());
    let o4 = Order { items: vec![] };
    let j = o4.tag(&format!("{n}"));
    println!("{j} {}", o4.items.len());
    let o5 = Order { items: vec![] };
    let i = o5.add(n);
    println!("{i} {}", o5.items.len());
    let t = Ticket(3);
    let a = t.redeem();
    let b = t.redeem();
    println!("{a} {b}");
}
