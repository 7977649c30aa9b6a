struct Op {
    name: &'static str,
    op: fn(i32, i32) -> i32,
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

impl Op {
    fn run(&self, a: i32, b: i32) -> i32 {
        (self.op)(a, b)
    }
}

fn main() {
    let ops = [Op { name: "add", op: add }, Op { name: "sub", op: sub }];
    for o in &ops {
        println!("{} -> {}", o.name, o.run(9, 4));
    }
}
