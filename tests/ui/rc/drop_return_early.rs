// `return` drops the function's live locals and its parameters.
struct Log(&'static str);

impl Drop for Log {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn check(arg: Log, fail: bool) -> i32 {
    let _local = Log("local");
    if fail {
        let _inner = Log("inner");
        return -1;
    }
    println!("checked {}", arg.0);
    0
}

fn main() {
    println!("result {}", check(Log("first"), true));
    println!("result {}", check(Log("second"), false));
}
