macro_rules! run_stmt {
    ($s:stmt) => {
        $s
    };
}

macro_rules! with_item {
    ($i:item) => {
        $i
    };
}

with_item! {
    fn helper() -> i32 {
        11
    }
}

fn main() {
    run_stmt!(let a = helper());
    run_stmt!(println!("a = {}", a));
}
