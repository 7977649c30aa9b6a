macro_rules! call_path {
    ($p:path) => {
        $p()
    };
}

macro_rules! make_fn {
    ($v:vis $name:ident) => {
        $v fn $name() -> i32 {
            5
        }
    };
}

macro_rules! find_first {
    ($lt:lifetime, $limit:expr) => {{
        let mut found = 0;
        $lt: for i in 1..100 {
            if i * i > $limit {
                found = i;
                break $lt;
            }
        }
        found
    }};
}

make_fn!(pub five);
make_fn!(six);

fn main() {
    println!("{} {}", call_path!(five), six());
    println!("{}", find_first!('search, 50));
}
